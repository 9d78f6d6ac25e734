"""Talks told with the preposition repeated: one engagement per 'with' phrase.

- "met with OSCE Secretary General X, and with Foreign Minister of Georgia Y": the second 'with'
  starts talks of their own (the parser hangs it on the verb as a second prep or a conj);
- "held talks with A, and then with B", "spoke by phone with A and later with B": one after the
  other;
- "met with the OIC Secretary-General and with Pakistan's foreign minister": an IGO's head and a
  state's minister, two meetings (two parties each, not one multilateral of three).

Only a 'with' after a coordinating or sequencing word counts ('and', 'then', 'later', ..., 'as well
as': ``with_sequence_words`` and ``with_sequence_phrases`` in ``event_words.yaml``): "talks with A with the participation of B" and
"together with" are one meeting. Each phrase must name a recipient of the event, of a state that
is not the subject's.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.events.words import word_set
from dateline.extract.syntax import governing_verb

__all__ = ["split_by_with", "with_phrases"]


def _sequenced(prep: Token) -> bool:
    """A 'with' coordinated with one before it: its own conj, or 'and' / 'then' just before it."""
    if prep.dep_ == "conj":
        return True
    doc = prep.doc
    words = word_set("with_sequence_words")
    before = [t for t in doc[max(prep.sent.start, prep.i - 3):prep.i] if not t.is_punct]
    told = " ".join(t.lower_ for t in before)
    return any(t.lower_ in words for t in before) or any(
        told.endswith(phrase) for phrase in word_set("with_sequence_phrases"))  # "as well as with B"


def with_phrases(tok: Token) -> list[list[Token]]:
    """The 'with' phrases of the trigger or its verb, each as its own tokens, when the preposition
    is repeated after 'and' / 'then' ([] otherwise)."""
    verb = governing_verb(tok)
    owners = [tok, verb, *(a for a in verb.children if a.dep_ == "advmod" and a.lower_ in word_set(
        "with_sequence_words"))]  # "and later with B": the parser may hang it on 'later'
    preps = [c for owner in dict.fromkeys(owners) for c in owner.children
             if c.lower_ == "with" and c.dep_ in {"prep", "conj"}]
    preps += [c for p in list(preps) for c in p.children if c.dep_ == "conj" and c.lower_ == "with"]
    preps = sorted(dict.fromkeys(preps), key=lambda t: t.i)
    if len(preps) < 2 or not all(_sequenced(p) for p in preps[1:]):
        return []
    if any(c.lower_ in word_set("together_words") or c.lower_ == "along" for p in preps for c in p.children):
        return []  # "together with B", "along with B": one meeting
    inner = {p.i for p in preps}
    phrases = []
    for prep in preps:
        others = {t.i for q in prep.children if q.i in inner for t in q.subtree}
        phrases.append([t for t in prep.subtree if t.i not in others])
    return phrases


def split_by_with(state: DocState, event: EventDraft, tok: Token) -> list[EventDraft]:
    """One meeting (or call) per repeated 'with' phrase; [] when the trigger is not told so."""
    if event.kind not in {"meeting", "multilateral", "call"} or not event.participants:
        return []
    phrases = with_phrases(tok)
    if not phrases:
        return []
    home = {state.actor(a).country for a in event.source if state.actor(a).country}
    groups: list[list[str]] = []
    for phrase in phrases:
        spans = [(t.idx, t.idx + len(t)) for t in phrase]
        ids = [m.actor_id for m in state.mentions_starting_in(spans)
               if m.actor_id in event.participants and m.actor_id not in event.source]
        ids = list(dict.fromkeys(ids))
        if not ids or not {state.actor(a).country for a in ids} - home - {None}:
            return []
        groups.append(ids)
    if not event.source:
        return []
    parts = []
    for group in groups:
        part = replace(event, recipient=group, participants=[*event.source, *group], separate=True)
        part.countries = countries_of(state, part.participants)
        if part.kind == "multilateral" and len(part.countries) <= 2:
            part.kind = "meeting"
        parts.append(part)
    return parts
