"""A state's post told as a description of a person named before without one: "Up to 200 backers of
X demonstrated as the Libyan leader held talks in Brussels", "signs against X the same day the US
president arrived" (wire copy's epithet). The description gives the named person the post and the
state, when no one in the report holds that post of that state.

Only when the description has a state of its own (a demonym or a state before the title) and is the
subject of an engagement or a trip ("held talks", "met", "arrived"), the person is named before it in
the same sentence, has no post and serves no other state, and the name is neither an argument of the
description's verb ("X asked the Russian president"), nor the subject of a verb above it ("X said the
Russian president would travel"), nor a source ("according to X"): then it is someone else."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.extract.coref_common import most_recent
from dateline.extract.document import ActorDraft, DocState, Mention
from dateline.extract.nationality_encounters import encounter
from dateline.extract.places import country_code
from dateline.lexicons.loader import load_lexicon

__all__ = ["epithet_holder"]

_WORDS = load_lexicon("people_coref.yaml")
_LEADERS = frozenset(_WORDS["leaders"]) | {"leader"}
_TRAVEL = frozenset(_WORDS["travel_verbs"])


def _state_before(ent: Span) -> str | None:
    """The state a demonym or a state's name between "the" and the title gives ("the Libyan leader",
    "the US president"); None when anything else stands there."""
    doc = ent.doc
    k = ent.start - 1
    code = None
    while k >= 0 and doc[k].lower_ != "the":
        tok = doc[k]
        if tok.ent_type_ not in {"NORP", "GPE"} or ent.start - k > 3:
            return None
        code = tok.ent_id_ or country_code(tok.text) or code
        k -= 1
    return code if k >= 0 else None


def _verb(tok: Token) -> Token:
    """The verb the token's phrase hangs from (itself for a verb)."""
    steps = 0
    while tok.pos_ not in {"VERB", "AUX"} and tok.head is not tok and steps < 12:
        tok = tok.head
        steps += 1
    return tok


def _engages(verb: Token) -> bool:
    """The verb is a trip or an encounter, or holds one as its object ("held talks")."""
    return verb.lemma_.lower() in _TRAVEL or encounter(verb) or any(
        encounter(c) for c in verb.children if c.dep_ in {"dobj", "attr"})


def _apart(name: Token, ent: Span) -> bool:
    """The name and the description are not co-arguments, the name is no subject above the
    description and no source ("according to X")."""
    verb = _verb(ent.root)
    argument = name.head.i == verb.i or name.head.pos_ == "ADP" and name.head.head.i == verb.i
    if argument or any(t.lower_ == "according" for t in name.ancestors):
        return False
    subjects_above = {c.i for a in ent.root.ancestors for c in a.children if c.dep_ in {"nsubj", "nsubjpass"}}
    return name.i not in subjects_above


def epithet_holder(state: DocState, doc: Doc, ent: Span) -> ActorDraft | None:
    """The person a state leader's description names back ("the Libyan leader"), given its post."""
    head = (ent.ent_id_ or ent.text).lower()
    code = _state_before(ent)
    if code is None or head not in _LEADERS or ent.root.dep_ not in {"nsubj", "nsubjpass"} \
            or not _engages(ent.root.head):
        return None
    earliest = ent.sent.start_char
    names = [m for m in state.mentions_starting(earliest, ent.start_char)  # the sentence's, by the index
             if m.kind in {"name", "surname"} and m.end <= ent.start_char]
    cands = [a for a in {state.actor(m.actor_id).id: state.actor(m.actor_id) for m in names}.values()
             if a.kind == "person" and not a.title and a.role != "honorific" and a.country in {None, code}]
    if any(p.title and p.country == code and (p.title or "").lower() in _LEADERS
           for p in state.actors if p.kind == "person"):
        return None
    chosen = most_recent(state, ent.start_char, cands) if cands else None
    if chosen is None:
        return None
    last = max((m for m in names if m.actor_id == chosen.id), key=lambda m: m.start)
    span = doc.char_span(last.start, last.end, alignment_mode="expand")
    if span is None or not _apart(span.root, ent):
        return None  # "X asked the Russian president": another person than X
    chosen.title = ent.ent_id_ or ent.text.capitalize()
    chosen.country = code
    chosen.add_mention(ent.start_char, ent.end_char)
    state.mentions.append(Mention(ent.start_char, ent.end_char, chosen.id, "title"))
    return chosen
