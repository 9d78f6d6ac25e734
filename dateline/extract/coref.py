"""In-document coreference by rules (no offline neural model exists for this).

* surname alone -> the person with that surname (the one whose title precedes it when two
  people share it: "President Aliyev" vs "Prosecutor General Aliyev"), else the most recent;
* title alone ("the Prosecutor General", "the Azerbaijani minister") -> the person with that
  title head (and country, when an adjective is given);
* he/his/him/she/her -> the most recent person, preferring the subject of the sentence;
* "his Kazakh colleague/counterpart [Name]" -> a person of that country with the same title;
* "a delegation headed/led by X" -> X heads the delegation of X's country;
* "the Azerbaijani side" -> the country.

Then ``nationality.infer_nationality`` gives officials the text names without a country one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.extract.coref_common import POSSESSIVES, most_recent, persons
from dateline.extract.counterparts import relational as _relational
from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.host_mentions import host_mentions
from dateline.extract.known import listed_family_name
from dateline.extract.lead_titles import lead_title
from dateline.extract.names import family_name_first, short_forms, surname, surname_keys
from dateline.extract.nationality import infer_nationality
from dateline.extract.places import country_code, lookup_place
from dateline.extract.syntax import (
    VERBAL,
    doc_ents,
    form_positions,
    governing_verb,
    lemma_positions,
    word_positions,
)
from dateline.extract.title_match import holds_title
from dateline.gazetteer import translit_key
from dateline.lexicons.loader import load_lexicon

__all__ = ["run_coref"]

_NAMES = load_lexicon("name_words.yaml")
_FAMILY_NAME_FIRST = frozenset(_NAMES["family_name_first"] + _NAMES["family_name_first_coref"])
_WORDS = load_lexicon("people_coref.yaml")
_LEADERS = frozenset(_WORDS["leaders"])
_PRONOUNS = frozenset(_WORDS["pronouns"])
_BLANK = 3  # sentences naming no person between a pronoun and its antecedent: a new story starts
_POSSESSIVES = POSSESSIVES
_DELEGATION_NOUNS = frozenset(_WORDS["delegation_nouns"])
_COUNTRY_NOUNS = frozenset(_WORDS["country_nouns"])
_TRIP_NOUNS = frozenset(_WORDS["trip_nouns"])
_GUEST_VERBS = frozenset(_WORDS["guest_verbs"])
_HEADED = re.compile(r"\b(?:" + "|".join(map(re.escape, _WORDS["headed_groups"])) + r")\b[^.]{0,80}?"
                     r"\b(?:" + "|".join(map(re.escape, _WORDS["led_verbs"])) + r")\s+by\b", re.I)


_persons = persons


_COVERING = frozenset({"name", "surname", "title", "relational"})
_HYPHEN = frozenset({"-"})


def _covered(state: DocState, start: int, end: int) -> bool:
    return state.covered(start, end, _COVERING)


_most_recent = most_recent


def _title_before(doc: Doc, tok: Token) -> str | None:
    i = tok.i - 1
    while i >= 0 and doc[i].ent_type_ == "TITLE":
        if doc[i].ent_iob_ == "B":
            return doc[i].ent_id_
        i -= 1
    return None


def _short_only(cands: list[ActorDraft], key: str) -> bool:
    """The key is a short form (not the surname) of every candidate so far."""
    return all(translit_key(surname(c.name)) != key for c in cands)


def _surnames(state: DocState, doc: Doc) -> None:
    persons = _persons(state)
    by_surname: dict[str, list[ActorDraft]] = {}
    for p in persons:
        if len(p.name.split()) >= 2:
            for key in surname_keys(p.name):  # "Assad" for Bashar al-Assad
                by_surname.setdefault(key, []).append(p)
            if p.country in _FAMILY_NAME_FIRST or p.country is None and listed_family_name(p.name.split()[0]) \
                    or family_name_first(p.name):
                # "Xi" for Xi Jinping; "Cho" for Cho Hyun, whose state the text tells later
                by_surname.setdefault(translit_key(p.name.split()[0]), []).append(p)
    for p in persons:  # "Lula" for Luiz Inacio Lula da Silva, "Faisal" for Faisal bin Farhan
        for key in short_forms(p.name):
            listed = by_surname.setdefault(key, [])
            if p not in listed and _short_only(listed, key):  # a surname beats a short form
                listed.append(p)
    given = _given_names(persons, by_surname)
    if not by_surname and not given:
        return
    _hyphenated_surnames(state, doc, by_surname)
    read = sorted(i for text, found in form_positions(doc).items() if text[:1].isupper() and (
        translit_key(text) in by_surname or translit_key(text) in given) for i in found)  # the others are passed over
    for tok in (doc[i] for i in read):
        if not tok.text[:1].isupper():
            continue
        cands = by_surname.get(translit_key(tok.text))
        if not cands and translit_key(tok.text) in given and _lone_name(tok):
            cands = [given[translit_key(tok.text)]]  # "Prabowo, who arrived on Wednesday, was received"
        if not cands or _covered(state, tok.idx, tok.idx + len(tok)):
            continue
        head = _title_before(doc, tok)
        chosen = None
        if head and len(cands) > 1:
            matching = [c for c in cands if c.title and head.lower() in c.title.lower()]
            chosen = matching[0] if len(matching) == 1 else None
        if chosen is None:
            chosen = _most_recent(state, tok.idx, cands)
        if chosen is not None:
            chosen.add_mention(tok.idx, tok.idx + len(tok))
            state.mentions.append(Mention(tok.idx, tok.idx + len(tok), chosen.id, "surname"))


def _hyphenated_surnames(state: DocState, doc: Doc, by_surname: dict[str, list[ActorDraft]]) -> None:
    """'Diaz-Canel held talks': a hyphenated surname is three tokens, which the word-by-word look-up
    of ``_surnames`` never joins; the parts alone ("Canel") are no one's surname."""
    for i in word_positions(doc, _HYPHEN):
        if not 0 < i < len(doc) - 1 or doc[i - 1].whitespace_ or doc[i].whitespace_:
            continue
        first, last = doc[i - 1], doc[i + 1]
        cands = by_surname.get(translit_key(f"{first.text}-{last.text}"))
        if not cands or not first.text[:1].isupper() or _covered(state, first.idx, last.idx + len(last)):
            continue
        chosen = _most_recent(state, first.idx, cands)
        if chosen is not None:
            chosen.add_mention(first.idx, last.idx + len(last))
            state.mentions.append(Mention(first.idx, last.idx + len(last), chosen.id, "surname"))


def _given_names(persons: list[ActorDraft], by_surname: dict[str, list[ActorDraft]]) -> dict[str, ActorDraft]:
    """The given name of an official named by two words, when it is no one's surname or short form
    and no other person's given name: wire copy calls Prabowo Subianto "Prabowo" and Anwar Ibrahim
    "Anwar" (names written family name first have their key already)."""
    found: dict[str, list[ActorDraft]] = {}
    for p in persons:
        words = p.name.split()
        if len(words) == 2 and p.title and not family_name_first(p.name) and p.country not in _FAMILY_NAME_FIRST:
            found.setdefault(translit_key(words[0]), []).append(p)
    return {k: ps[0] for k, ps in found.items() if k and len(ps) == 1 and k not in by_surname}


def _lone_name(tok: Token) -> bool:
    """A one-word proper name standing as a phrase of its own ('Prabowo and Khaled signed'), not
    the first word of a longer name nor a place."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return tok.pos_ == "PROPN" and tok.dep_ != "compound" and not any(c.dep_ == "compound" for c in tok.children) \
        and (nxt is None or not nxt.text[:1].isupper()) and lookup_place(tok.text) is None \
        and country_code(tok.text) is None


_TITLE_TAIL = re.compile(r"(?:\s+(?:of|the|for|[A-Z][\w'’-]*))*\s+")


def _named_after(state: DocState, end: int) -> bool:
    """The title's phrase runs on to a name: only 'of', 'the' and capitalised words between."""
    return any(m.kind == "name" and _TITLE_TAIL.fullmatch(state.text[end:m.start])
               for m in state.mentions_starting(end, end + 120))


def _of_state(state: DocState, doc: Doc, end: int) -> str | None:
    """The state an "of" phrase right after a title names ("the Ambassador of Korea")."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    phrase = doc[end + 1:min(len(doc), end + 5)]
    for m in state.mentions_starting(phrase.start_char, phrase.end_char):
        actor = state.actor(m.actor_id)
        if actor.kind == "country" and actor.country:
            return actor.country
    return None


def _title_mentions(state: DocState, doc: Doc) -> None:
    persons = [p for p in _persons(state) if p.title]
    if not persons:
        return
    for ent in doc_ents(doc):
        if ent.label_ != "TITLE" or _covered(state, ent.start_char, ent.end_char):
            continue
        # Only definite descriptions: "the (Kazakh) prosecutor general", "the minister".
        left = doc[max(0, ent.start - 3):ent.start]
        if not any(t.lower_ == "the" for t in left):
            continue
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.ent_type_ == "PERSON" or _named_after(state, ent.end_char):
            continue  # "the Minister of Foreign Affairs of the Kingdom of Bahrain Abdullatif ...": that person's title
        country = None
        for t in left:
            if t.ent_type_ == "NORP":
                country = t.ent_id_ or country_code(t.text)
        country = country or _of_state(state, doc, ent.end)  # "the Ambassador of Korea": not Japan's
        head = ent.ent_id_.lower()
        if head == "leader":  # "the Kazakh leader": the head of state or government
            cands = [p for p in persons if (p.title or "").split()[-1:] and (p.title or "").lower() in _LEADERS
                     and (country is None or p.country == country)]
        else:
            holders = [p for p in persons if holds_title(head, p.title)]
            cands = [p for p in holders if country is None or p.country == country]
        if not cands:
            continue
        chosen = _most_recent(state, ent.start_char, cands)
        if chosen is not None:
            chosen.add_mention(ent.start_char, ent.end_char)
            state.mentions.append(Mention(ent.start_char, ent.end_char, chosen.id, "title"))


def _resolve_pronoun(state: DocState, doc: Doc, tok: Token) -> ActorDraft | None:
    if not any(a.kind == "person" and a.role != "honorific" for a in state.actors):
        return None
    sent = tok.sent
    before = [m for m in state.mentions_starting(sent.start_char, tok.idx + 1) if m.end <= tok.idx
              and m.kind in {"name", "surname", "title", "relational"}
              and state.actor(m.actor_id).kind == "person"
              and state.actor(m.actor_id).role != "honorific"]
    own = _clause_subject(state, tok)
    before = [m for m in before if m.actor_id not in own]  # "X thanked his host and invited him": not X
    if before:
        traveller = _traveller_of(state, tok, before) or _same_subject(state, tok)
        return traveller if traveller is not None else state.actor(before[-1].actor_id)
    ahead = [m for m in state.mentions_starting(tok.idx + len(tok), sent.end_char) if m.kind in {"name", "surname", "title"}
             and state.actor(m.actor_id).kind == "person" and state.actor(m.actor_id).role != "honorific"]
    traveller = _traveller_of(state, tok, ahead)  # "During his stay, X also met Y": X's stay, told ahead
    if traveller is not None:
        return traveller
    # The subject person of the nearest sentence before that names one, else its newest person:
    # read sentence by sentence backwards in text order (pronouns resolved so far sit at the end
    # of the mention list, not at their place: "he" of the lead is not newer than a name after it).
    blank = 0  # sentences read back that name no person: past _BLANK of them, another story
    while sent.start > 0 and blank < _BLANK:
        sent = doc[sent.start - 1].sent
        told = sorted((m for m in state.mentions_starting(sent.start_char, sent.end_char)
                       if m.kind in {"name", "surname", "title", "relational", "pronoun"}
                       and state.actor(m.actor_id).kind == "person" and m.actor_id not in own
                       and state.actor(m.actor_id).role != "honorific"), key=lambda m: (m.start, m.end))
        if not told:
            blank += 1
            continue
        for m in reversed(told):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and (span.root.dep_ in {"nsubj", "nsubjpass"}
                                     or span.root.head.dep_ in {"nsubj", "nsubjpass"}):
                return state.actor(m.actor_id)
        return state.actor(told[-1].actor_id)
    return None


def _clause_subject(state: DocState, tok: Token) -> set[str]:
    """The persons an object pronoun cannot be: the subject of its own verb, or of the verb it is
    coordinated with ('X thanked his host and invited him to visit': him is not X)."""
    if tok.lower_ not in {"him", "her"} or tok.dep_ not in {"dobj", "dative"}:
        return set()
    verb = tok.head
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return {m.actor_id for c in subjects for m in state.mentions_starting(c.left_edge.idx, c.right_edge.idx + 1)}


def _same_subject(state: DocState, tok: Token) -> ActorDraft | None:
    """'He went to Israel for talks with X before he is to meet Y': the subject pronoun of a clause
    subordinate to (or coordinated with) a clause whose subject is the same pronoun is that
    subject, not the last person named."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ not in {"advcl", "conj"} or verb.head.i == verb.i:
        return None
    for subj in verb.head.children:
        if subj.dep_ not in {"nsubj", "nsubjpass"} or subj.i >= tok.i:
            continue
        if subj.pos_ != "PRON" or subj.lower_ != tok.lower_:
            return None  # "she ... before he": another person; "X received Y after he arrived": either
        found = [m for m in state.mentions_starting(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
                 if state.actor(m.actor_id).kind == "person"]
        if found:
            return state.actor(found[-1].actor_id)
    return None


def _traveller_of(state: DocState, tok: Token, before: list[Mention]) -> ActorDraft | None:
    """'X is expected to meet Y during his visit': the visit is the clause subject's ('X received
    Y during his visit': the object's), not the last person named."""
    if tok.dep_ != "poss" or tok.head.lemma_.lower() not in _TRIP_NOUNS:
        return None
    verb = governing_verb(tok.head)
    if verb.pos_ not in VERBAL:
        return None
    guest = verb.lemma_.lower() in _GUEST_VERBS
    wanted = {"dobj"} if guest else {"nsubj", "nsubjpass"}
    args = [c for c in verb.children if c.dep_ in wanted]
    if not args and not guest and verb.dep_ in {"xcomp", "conj"}:  # "is expected to meet"
        args = [c for c in verb.head.children if c.dep_ in wanted]
    for arg in args:
        found = [m for m in before if arg.left_edge.idx <= m.start and m.end <= arg.right_edge.idx + len(arg.right_edge)]
        if found:
            return state.actor(found[-1].actor_id)
    return None


def _pronouns(state: DocState, doc: Doc) -> None:
    for tok in (doc[i] for i in word_positions(doc, _PRONOUNS)):
        if tok.lower_ not in _PRONOUNS or tok.idx < state.body_start:
            continue
        actor = _resolve_pronoun(state, doc, tok)
        if actor is not None:
            state.mentions.append(Mention(tok.idx, tok.idx + len(tok), actor.id, "pronoun"))
            actor.add_mention(tok.idx, tok.idx + len(tok))
    state.mentions.sort(key=lambda m: (m.start, m.end))


def _delegations(state: DocState) -> None:
    for match in _HEADED.finditer(state.text):
        after = [m for m in state.mentions if m.kind == "name" and 0 <= m.start - match.end() <= 120]
        if not after:
            continue
        head = state.actor(after[0].actor_id)
        if head.kind == "person":  # the state the phrase names when the head's own is told only later
            head.head_of = head.country or next((c.country for m in state.mentions_starting(
                max(0, match.start() - 30), match.end()) if (c := state.actor(m.actor_id)).kind == "country"), None)
            start = state.text.rfind("delegation", match.start(), match.end())
            if start >= 0:
                state.mentions.append(Mention(start, start + len("delegation"), head.id, "delegation"))


def _delegation_mentions(state: DocState, doc: Doc) -> None:
    """'the delegation' / 'the guests' -> the most recent delegation head."""
    heads = [a for a in _persons(state) if a.head_of is not None]
    if not heads:
        return
    for tok in (doc[i] for i in lemma_positions(doc, _DELEGATION_NOUNS)):
        if tok.lemma_.lower() not in _DELEGATION_NOUNS or tok.i == 0:
            continue
        first = tok.i - 1
        code = None
        if doc[first].ent_type_ == "NORP" and first > 0:
            code = doc[first].ent_id_ or country_code(doc[first].text)
            first -= 1
        if doc[first].lower_ != "the" or _covered(state, tok.idx, tok.idx + len(tok)):
            continue
        cands = [h for h in heads if code is None or h.country == code]
        head = _most_recent(state, tok.idx, cands) if cands else None
        if head is not None and not any(m.start == tok.idx for m in state.mentions):
            head.add_mention(doc[first].idx, tok.idx + len(tok))
            state.mentions.append(Mention(doc[first].idx, tok.idx + len(tok), head.id, "delegation"))


def _sides(state: DocState, doc: Doc) -> None:
    """'the Azerbaijani side' and 'the Azerbaijani capital' stand for the country."""
    for tok in (doc[i] for i in word_positions(doc, _COUNTRY_NOUNS)):
        if tok.lower_ not in _COUNTRY_NOUNS or tok.i == 0:
            continue
        prev = doc[tok.i - 1]
        if prev.ent_type_ in {"NORP", "GPE"}:
            code = prev.ent_id_ or country_code(prev.text)
            actor = next((a for a in state.actors if a.kind == "country" and a.country == code), None)
            if actor is not None:
                actor.add_mention(prev.idx, tok.idx + len(tok))
                kind = "side" if tok.lower_ == "side" else "country"
                state.mentions.append(Mention(prev.idx, tok.idx + len(tok), actor.id, kind))


def run_coref(state: DocState) -> None:
    """Resolve surnames, titles, pronouns, relational mentions, delegations and sides."""
    doc = state.doc
    assert doc is not None
    lead_title(state, doc)
    _surnames(state, doc)
    _title_mentions(state, doc)
    state.mentions.sort(key=lambda m: (m.start, m.end))
    _relational(state, doc, _resolve_pronoun)
    _pronouns(state, doc)
    _delegations(state)
    _delegation_mentions(state, doc)
    _sides(state, doc)
    state.mentions.sort(key=lambda m: (m.start, m.end))
    infer_nationality(state, doc)
    _relational(state, doc, _resolve_pronoun)  # "met his Russian counterpart": the officials whose state is known only now
    host_mentions(state, doc, _resolve_pronoun)  # "Kobakhidze and his host held talks": the inviter
    _title_mentions(state, doc)  # "conveyed to the Azerbaijani leader": likewise
    state.mentions.sort(key=lambda m: (m.start, m.end))
    # A person with no title keeps title None; an official without country inherits the
    # country of their organisation when it names one.
    for actor in _persons(state):
        if actor.title is None:
            actor.organization = None
