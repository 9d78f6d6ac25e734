"""The state of an official told by the story around him, when his own phrase names none.

* appointment: an official put in or out of a post by another serves the other's state
  ("President X has fired Prosecutor General Y");
* a pair compound ("U.S.-Venezuelan relations") names two states, not one: a sentence with one
  never gives its one state to an official;
* a post of a body the story named before with its state ("Iran's Guardian Council ... A
  spokesman for the Council, X,"): that state;
* a post that in wire usage is one state's ("Defense Secretary", "Senate Majority Leader"), as a
  last resort in a story that names that state;
* the officials, government or ministry of one state who say what a titled official does
  ("Officials in Taiwan say President X will travel ...", "Finnish officials say Prime Minister X"):
  that state is his (the guide's `officials`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from spacy.symbols import nsubj
from spacy.tokens import Doc, Span, Token

from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.places import country_code
from dateline.extract.syntax import lemma_positions, word_positions
from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["appointed_officials", "appositive_owners", "bodies_named_before", "first_sentences", "lead_states",
           "named_states",
           "pair_compound", "passing_place", "state_media", "usage_countries", "voiced_officials"]

_APPOINT = frozenset(load_lexicon("people_coref.yaml")["appointment_verbs"])
_VOICES = frozenset(load_lexicon("people_coref.yaml")["lead_state_voices"])
_MEDIA = frozenset(load_lexicon("people_coref.yaml")["state_media_nouns"])
_REPORTS = frozenset(load_lexicon("people_coref.yaml")["state_media_verbs"])
_USAGE = {tuple(k.lower().split()): v for k, v in load_lexicon("titles.yaml")["usage_country_titles"].items()}


def first_sentences(state: DocState, doc: Doc, persons: list[ActorDraft]) -> Iterator[tuple[ActorDraft, list[Span], int]]:
    """Each person named in the text, with the document's sentences and the index of the one that
    first names them (the nationality rules read that sentence and its neighbours)."""
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    for person in persons:
        first = next((m for m in state.mentions if m.actor_id == person.id and m.kind == "name"), None)
        if first is not None:
            yield person, sents, bisect_right(starts, first.start) - 1


def names_state(state: DocState, sent: Span) -> bool:
    """The sentence names a country."""
    return any(state.actor(m.actor_id).kind == "country" for m in state.mentions_starting(sent.start_char, sent.end_char))


def pair_compound(doc: Doc, sent: Span, state: DocState) -> bool:
    """The sentence joins two states in one word: "U.S.-Venezuelan relations", "Israeli-Palestinian talks"."""
    for m in state.mentions_starting(sent.start_char, sent.end_char):
        if state.actor(m.actor_id).kind != "country":
            continue
        # two capitalised words joined by a hyphen, not a stance ("anti-American")
        if re.match(r"-[A-Z]", state.text[m.end:m.end + 2]) or re.search(r"\b[A-Z][\w.]*-$", state.text[max(0, m.start - 20):m.start]):
            return True
    return False


_PASSING = frozenset(load_lexicon("people_coref.yaml")["passing_prepositions"])
_MISSIONS = frozenset(load_lexicon("people_coref.yaml")["mission_nouns"])
_ROLES = frozenset(load_lexicon("people_coref.yaml")["role_nouns"])


def passing_place(doc: Doc, start: int, end: int) -> bool:
    """A country named as a place passed through, an example of a thing or the owner of a mission
    ("connect through other airports, usually Hong Kong", "flights via Dubai", "the Brazilian Embassy
    in the capital"): no story's state for a neighbour sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if span.end < len(doc) and doc[span.end].lemma_.lower() in _MISSIONS:
        return True  # "from the Brazilian Embassy in the capital": a foreign state's mission
    return root.dep_ == "appos" and root.head.ent_type_ not in {"GPE", "NORP", "PERSON", "TITLE"} \
        or root.dep_ == "pobj" and root.head.lower_ in _PASSING


def _person_at(state: DocState, doc: Doc, token_i: int, persons: dict[str, ActorDraft]) -> ActorDraft | None:
    """The first official named in the phrase the token heads ("Emergencies Minister X": X)."""
    tok = doc[token_i]
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return next((persons[m.actor_id] for m in state.mentions_starting(lo, hi)
                 if m.actor_id in persons and m.kind == "name"), None)


def appositive_owners(state: DocState, doc: Doc) -> None:
    """'X, Burma's military ruler', 'the Venezuelan leader, X': the state that owns the role noun in
    apposition to the name is the person's."""
    persons = {a.id: a for a in state.actors if a.kind == "person"}
    for m in state.mentions:
        owner = state.actor(m.actor_id)
        if owner.kind != "country" or not owner.country:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in {"poss", "amod", "compound"}:
            continue
        noun = span.root.head
        if noun.ent_type_ != "TITLE" and noun.lemma_.lower() not in _ROLES:
            continue
        other = noun.head if noun.dep_ == "appos" else next((c for c in noun.children if c.dep_ == "appos"), None)
        person = _person_at(state, doc, other.i, persons) if other is not None and other.ent_type_ == "PERSON" else None
        if person is not None and not person.country and person.role != "honorific":
            person.country = owner.country


def appointed_officials(state: DocState, doc: Doc) -> None:
    """'President X has fired Prosecutor General Y', 'the king appointed Z': Y and Z serve X's state."""
    persons = {a.id: a for a in state.actors if a.kind == "person"}
    for tok in (doc[i] for i in lemma_positions(doc, _APPOINT)):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _APPOINT:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if subj is None:
            continue
        boss = _person_at(state, doc, subj.i, persons)
        if obj is not None:
            named = _person_at(state, doc, obj.i, persons)
        else:  # the parser hung "has fired Minister X, the press service said" on "said": the words after the verb
            end = next((t.i for t in doc[tok.i + 1:tok.sent.end] if t.is_punct), tok.sent.end)
            after = doc[tok.i + 1:end]
            named = None if not len(after) or after[0].ent_type_ not in {"TITLE", "PERSON", ""} else next(
                (persons[m.actor_id] for m in state.mentions_starting(after.start_char, after.end_char)
                 if m.actor_id in persons and m.kind == "name"), None)
        if boss is None or named is None or boss is named or not boss.country or named.country \
                or not named.title or named.role == "honorific":
            continue
        named.country = boss.country


def _usage_country(title: str) -> str | None:
    words = title.lower().replace(",", " ").split()
    for key, code in _USAGE.items():
        it = iter(words)
        if all(w in it for w in key):  # the key's words in order
            return code
    return None


def usage_countries(state: DocState, named: set[str]) -> None:
    """'Defense Secretary Robert Gates' with no state, in a story naming the United States: USA."""
    for actor in state.actors:
        if actor.kind != "person" or actor.country or not actor.title or actor.role == "honorific":
            continue
        code = _usage_country(actor.title)
        if code is not None and code in named:
            actor.country = code


def named_states(state: DocState) -> set[str]:
    """The states the story names or whose officials it names, before the last-resort rules."""
    return {a.country for a in state.actors if a.country and a.kind in {"country", "person"}}




_BODY = re.compile(r"\b(?:of|for) the ((?:[\w\-]+ ){0,3}[\w\-]+)$")


def bodies_named_before(state: DocState, doc: Doc) -> None:
    """'Iran's Guardian Council has warned ... A spokesman for the Council, X, said': a post of a body
    ("for the Council", "for the security forces") that an earlier sentence named with its state
    (a demonym or a possessive country before the body's head noun) serves that state."""
    firsts: dict[str, Mention] | None = None  # each actor's first name mention (one pass, when asked)
    for actor in state.actors:
        if actor.kind != "person" or actor.country or not actor.title or actor.role == "honorific":
            continue
        body = _BODY.search(actor.title)
        if firsts is None:
            firsts = {}
            for m in state.mentions:
                if m.kind == "name":
                    firsts.setdefault(m.actor_id, m)
        first = firsts.get(actor.id)
        if body is None or first is None:
            continue
        head = body.group(1).split()[-1].lower()
        at = doc.char_span(first.start, first.end, alignment_mode="expand")
        if at is None:
            continue
        before = word_positions(doc, frozenset({head}))  # the head word's tokens, not every token
        for i in reversed(before[:bisect_left(before, at.sent.start)]):
            if (code := _state_before(doc, i)) is not None:
                actor.country = code
                break


def _state_before(doc: Doc, i: int) -> str | None:
    """The state a demonym or a possessive country names before the head noun at ``i`` within its
    noun phrase ("Palestinian security forces", "Iran's powerful Guardian Council")."""
    k = i - 1
    while k >= 0 and i - k <= 5 and not doc[k].is_punct or k >= 0 and doc[k].text in {"'s", "’s", "'"}:
        t = doc[k]
        if t.ent_type_ == "NORP" or t.ent_type_ == "GPE" and k + 1 < i and doc[k + 1].text in {"'s", "’s", "'"}:
            return t.ent_id_ or country_code(t.text)
        if t.pos_ in {"VERB", "AUX", "ADP", "DET"} and t.lower_ != "the" or t.ent_type_ in {"PERSON", "TITLE"}:
            return None
        k -= 1
    return None


def lead_states(state: DocState, doc: Doc, travels: Callable[[ActorDraft, Span], bool]) -> None:
    """'Israel's defense minister says ... . Defense Minister X says ...', 'A top Iranian official
    says ... . Deputy Foreign Minister X told ...', 'Iran says ... . Foreign Ministry spokesman X
    said ...': a lead whose subject is a state, or an unnamed official or body of a state, gives
    that state to the titled official left without one who is the subject of the next sentence,
    unless he travels there ("Greece wants ... . Deputy Prime Minister X will travel to Athens")."""
    sents = list(doc.sents)
    for sent, nxt in zip(sents, sents[1:], strict=False):
        code = _lead_state(state, doc, sent)
        if code is None:
            continue
        first = next((m for m in state.mentions_starting(nxt.start_char, nxt.end_char) if m.kind == "name"), None)
        if first is None:
            continue
        person = state.actor(first.actor_id)
        span = doc.char_span(first.start, first.end, alignment_mode="expand")
        if person.kind != "person" or person.country or not person.title or person.role == "honorific" \
                or span is None or span.root.dep_ not in {"nsubj", "nsubjpass"} or _usage_country(person.title) \
                or _people_word_before(doc, span.start) or travels(person, nxt):
            continue
        person.country = code


def _people_word_before(doc: Doc, i: int) -> bool:
    """A demonym, a place or another capitalised word that is no title in the title phrase before
    the name ("Abkhaz President X", "Hamas Prime Minister X"): the phrase gives the person's own
    side, even when it is no state."""
    k = i - 1
    while k >= 0 and doc[k].text[:1].isupper() and doc[k].lower_ not in {"the", "a", "an"}:
        if doc[k].ent_type_ != "TITLE" and doc[k].lower_ not in titles().modifiers \
                and doc[k].lower_ not in titles().domains:
            return True
        k -= 1
    return k >= 0 and doc[k].ent_type_ in {"NORP", "GPE"}


def state_media(state: DocState, doc: Doc) -> None:
    """'Iran's official IRNA news agency quoted Foreign Ministry spokesman X', 'Syrian state television
    says President X ...': the state whose media report an official with no state named is his."""
    for tok in (doc[i] for i in lemma_positions(doc, _MEDIA)):
        if tok.dep != nsubj or tok.lemma_.lower() not in _MEDIA or tok.head.lemma_.lower() not in _REPORTS:
            continue
        code = _state_of_phrase(doc, tok)
        verb = tok.head
        if code is None:
            continue
        lo, hi = verb.idx, verb.sent.end_char
        first = next((m for m in state.mentions_starting(lo, hi) if m.kind == "name"
                      and state.actor(m.actor_id).kind == "person"), None)
        person = state.actor(first.actor_id) if first is not None else None
        if person is not None and not person.country and person.title and person.role != "honorific":
            person.country = code


def _state_of_phrase(doc: Doc, head: Token) -> str | None:
    """The one state a demonym or a possessive country before ``head`` in its phrase names
    ("Israel's defense minister", "A top North Korean official", "Iran's official news agency")."""
    found = {t.ent_id_ or country_code(t.text) for t in doc[head.left_edge.i:head.i]
             if t.ent_type_ == "NORP" or t.ent_type_ == "GPE" and doc[t.i + 1].text in {"'s", "’s", "'"}}
    return found.pop() if len(found) == 1 else None


def _lead_state(state: DocState, doc: Doc, sent: Span) -> str | None:
    """The state the subject of a sentence speaks for, when the subject names no person."""
    verb = sent.root
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "conj" for c in subj.children):
        return None  # "India and Burma have signed ...": two states
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    if any(state.actor(m.actor_id).kind == "person" for m in state.mentions_starting(lo, hi)):
        return None
    if subj.ent_type_ == "GPE" and subj.i == subj.left_edge.i + (doc[subj.left_edge.i].lower_ == "the"):
        return subj.ent_id_ or country_code(subj.text)  # "Iran says", "The United States says"
    if subj.ent_type_ != "TITLE" and subj.lemma_.lower() not in _VOICES and subj.lower_ not in _VOICES:
        return None
    return _state_of_phrase(doc, subj)


def _voice_state(state: DocState, doc: Doc, subj: Token) -> str | None:
    """The one state a voice subject speaks for: 'Taiwanese officials', 'officials in Taiwan', 'the
    government of Peru' (no person named in it, no second voice joined to it)."""
    if subj.lemma_.lower() not in _VOICES and subj.lower_ not in _VOICES or any(c.dep_ == "conj" for c in subj.children):
        return None
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    if any(state.actor(m.actor_id).kind == "person" for m in state.mentions_starting(lo, hi)):
        return None
    if (code := _state_of_phrase(doc, subj)) is not None:
        return code
    found = {a.country for p in subj.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}
             for o in p.children if o.dep_ == "pobj"
             for m in state.mentions_starting(o.left_edge.idx, o.right_edge.idx + len(o.right_edge))
             if (a := state.actor(m.actor_id)).kind == "country" and a.country}
    return found.pop() if len(found) == 1 else None


def voiced_officials(state: DocState, doc: Doc) -> None:
    """'Officials in Taiwan say President X is expected to travel to ...': the titled subject of what
    one state's officials say serves that state (not a state his clause goes to)."""
    for sent in doc.sents:
        verb = sent.root
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or verb.lemma_.lower() not in _REPORTS or (code := _voice_state(state, doc, subj)) is None:
            continue
        told = [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
        for tok in told:
            lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
            for m in state.mentions_starting(lo, hi):
                person = state.actor(m.actor_id)
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if m.kind == "name" and person.kind == "person" and not person.country and person.title \
                        and person.role != "honorific" and span is not None and span.root.i == tok.i \
                        and not any(t.ent_type_ in {"NORP", "GPE"} or t.text[:1].isupper() and t.ent_type_ != "TITLE"
                                    and t.lower_ not in titles().modifiers and t.lower_ not in titles().domains
                                    for t in doc[tok.left_edge.i:span.start]):
                    person.country = code  # not "Georgian officials say Abkhaz leader X"
