"""Whose a state is, where the text gives it through another noun phrase (nationality.py):

* a country named with a delegation or with an unnamed official is theirs ("received a business
  delegation from China", "received the Ambassador of India."), not the host's;
* a post owned by 'his'/'her' serves the state of the official named before it ("President X
  defended his defense secretary, Y,"), unless it is a counterpart's;
* a demonym or possessive that opens a named official's title is that official's ("... and Georgian
  Finance Minister Y discussed"): it gives no state to another official of the sentence;
* a post owned by 'its' serves the one state the subject of its clause names ("Peru has withdrawn
  its ambassador to Japan, X", "The Nigerian government sent its foreign minister, X,"), whatever
  other states the sentence names after it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dateline.extract.document import DocState, Mention
from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["of_delegation", "of_named_title", "owned_posts", "state_owned_posts"]

_WORDS = load_lexicon("people_coref.yaml")
_DELEGATION_WORDS = frozenset(_WORDS["delegation_nouns"]) | frozenset(_WORDS["headed_groups"])
_RELATIONAL = tuple(_WORDS["counterpart_nouns"])
# "X, chief of staff for U.N. Secretary-General Y", "X, an adviser to President Y": X serves Y's state.
_SERVES = re.compile(r"^,\s*(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,4}(?:for|to)\s+(?:[\w.\-]+\s+){0,4}$")
_POSSESSED = re.compile(r"\s?(?:'s|’s|'|’)\s+((?:[\w\-]+\s+){0,3}[\w\-]+),?\s*$")


def of_delegation(span: Span) -> bool:
    """'received a delegation from China', 'a delegation of the French Senate', 'the Ambassador of
    India': the country is the one the delegation comes from or the unnamed official serves (a noun
    phrase of its own), not that of the official who receives them."""
    doc = span.doc
    k = span.start - 1
    while k > 0 and doc[k].lower_ in {"the", "a"}:
        k -= 1
    if k > 0 and doc[k].lower_ in {"of", "from"} and (doc[k - 1].lemma_.lower() in _DELEGATION_WORDS
                                                     or doc[k].lower_ == "of" and doc[k - 1].ent_type_ == "TITLE"
                                                     and _phrase_ends(doc, span.end)):
        return True  # "received a delegation from China", "received the Ambassador of India"
    tok = span.root
    for _ in range(4):
        if tok.head is tok or tok.pos_ in {"VERB", "AUX"}:
            return False
        if tok.dep_ not in {"pobj", "amod", "compound", "nmod", "poss", "prep"}:
            return False
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ not in {"of", "from"}:
            return False  # "the delegation's visit to China": where it goes, not where it comes from
        if tok.lemma_.lower() in _DELEGATION_WORDS:
            return True
    return False


def of_named_title(state: DocState, doc: Doc, mention: Mention) -> bool:
    """'Georgian Finance Minister Lasha Khutsishvili', "Oman's Deputy Foreign Minister X": the country
    opens the title phrase of the person named right after it, who serves that country."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    k = span.end + (span.end < len(doc) and doc[span.end].text in {"'s", "\u2019s"})
    m = k
    lex = titles()
    while m < len(doc) and (doc[m].ent_type_ == "TITLE" or doc[m].lower_ in lex.modifiers
                            or doc[m].text[:1].isupper() and doc[m].lower_ in lex.domains):
        m += 1
    if m == k or m >= len(doc) or doc[m - 1].ent_type_ != "TITLE":
        return False
    country = state.actor(mention.actor_id).country
    return any(n.kind == "name" and state.actor(n.actor_id).kind == "person"
               and state.actor(n.actor_id).country == country
               for n in state.mentions_starting(doc[m].idx, doc[m].idx + 1))


def _phrase_ends(doc: Doc, i: int) -> bool:
    """The noun phrase ends before token ``i``: no name, body or apposition follows ("the Ambassador
    of India." / "of India to discuss", not "the head of the U.S. Central Command, General X")."""
    return i >= len(doc) or doc[i].text in {".", ";", ":"} or doc[i].is_alpha and doc[i].text.islower()


def owned_posts(state: DocState) -> None:
    """'President X defended his defense secretary, Y,': a post owned by 'his'/'her' serves the state
    of the official named before it in the sentence (not a counterpart: that is another state's);
    'President X's chief adviser, Y,' the state of the possessor; 'Y, chief of staff for
    Secretary-General X' the state (or organisation) of the official the post serves."""
    persons = {a.id: a for a in state.actors if a.kind == "person"}
    names = sorted((m for m in state.mentions if m.kind == "name" and m.actor_id in persons), key=lambda m: m.start)
    for n, m in enumerate(names):
        person = persons[m.actor_id]
        if person.country or not person.title or person.title.lower() in _RELATIONAL:
            continue
        later = next((q for q in names[n + 1:] if 0 < q.start - m.end <= 60), None)
        if later is not None and _SERVES.match(state.text[m.end:later.start]) and persons[later.actor_id].title:
            person.country = persons[later.actor_id].country  # "X, chief of staff for Secretary-General Y"
            continue
        before = state.text[max(0, m.start - 60):m.start]
        owned = re.search(r"\b(?:his|her)\s+((?:[\w\-]+\s+){0,3}[\w\-]+),\s*$", before)
        if owned is None:
            owned = _POSSESSED.search(before)  # "President Y's chief adviser, X": Y's state
            if owned is not None and not any(w in owned.group(1).lower() for w in _RELATIONAL):
                at = m.start - len(before) + owned.start()
                # without a comma only a named owner ("Lula's chief of staff X"), not a post ("the
                # Prosecutor General's Office X": the office, whoever holds the post)
                comma = "," in owned.group(0)
                owner = next((persons[p.actor_id] for p in state.mentions if p.end == at and p.actor_id in persons
                              and (comma or p.kind in {"name", "surname"})), None)
                if owner is not None and owner.country:
                    person.country = owner.country
            continue
        if any(w in owned.group(1).lower() for w in _RELATIONAL):
            continue
        owner = next((persons[p.actor_id] for p in reversed(names[:n]) if persons[p.actor_id].country
                      and "." not in state.text[p.end:m.start]), None)
        if owner is not None:
            person.country = owner.country


def _subject_states(state: DocState, doc: Doc, owner: Token) -> set[str]:
    """The states the subject of the clause of 'its' names: the subject of the first verb above it."""
    verb = owner.head
    for _ in range(5):
        if verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return set()
    lo, hi = doc[subject.left_edge.i].idx, doc[subject.right_edge.i].idx + len(doc[subject.right_edge.i])
    return {a.country for m in state.mentions_starting(lo, hi)
            if (a := state.actor(m.actor_id)).kind == "country" and a.country}


def state_owned_posts(state: DocState, doc: Doc) -> None:
    """'Peru has withdrawn its ambassador to Japan, X, ... from Chile': a post owned by 'its' right
    before the name (the title phrase between them) serves the one state the subject of the
    possessive's clause names, not another state the sentence names (the guide: a diplomat
    serves the sending state)."""
    persons = {a.id: a for a in state.actors if a.kind == "person"}
    for m in state.mentions:
        person = persons.get(m.actor_id)
        if m.kind != "name" or person is None or person.country or not person.title \
                or person.title.lower() in _RELATIONAL:
            continue
        name = doc.char_span(m.start, m.end, alignment_mode="expand")
        if name is None:
            continue
        k = name.start - 1
        lo = max(name.sent.start, name.start - 8)
        while k >= lo and doc[k].lower_ != "its":
            if doc[k].pos_ in {"VERB", "AUX", "PRON"} or doc[k].text in {";", ":", "("}:
                k = lo - 1
                break
            k -= 1
        if k < lo:
            continue
        states = _subject_states(state, doc, doc[k])
        if len(states) == 1:
            person.country = states.pop()
