"""An engagement called off after it was announced: "X was due to visit Athens on Thursday, but the
visit was called off", "had planned to hold talks with Y, but the meeting has been called off".

The cancellation is told of a noun that refers back to the engagement ("the visit", "his trip",
"the talks", "the meeting") as the subject or object of a verb that calls it off; the engagement
itself was told just before, planned, in the same sentence ("was to visit X, but the visit was
cancelled"; a reference in the next sentence is left alone, it may tell another engagement). It
did not take place and is not to: the planned engagements of that family told there are dropped,
and the reference's own (a trip called off takes its planned talks with it; talks called off leave
the trip). A noun that names its own
parties or place ("the trip to Kyiv was cancelled") is the cancellation's own event, which the
clause rules already drop; only a bare back-reference reaches back. A postponed engagement ("the
visit was postponed", "postponed until Friday") is still to be held and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.clause import is_rescheduled, verb_phrases
from dateline.extract.events.cues import noun_kind
from dateline.extract.events.words import word_set
from dateline.extract.syntax import lemma_positions

__all__ = ["without_called_off"]

_REFERRING = frozenset({"the", "this", "that", "these", "his", "her", "their", "its"})
_DROPPED = {"visit": frozenset({"visit", "meeting"}), "meeting": frozenset({"meeting"})}


def _called_off_reference(tok: Token) -> str | None:
    """The family ('visit' or 'meeting') of a bare back-reference that a verb calls off."""
    kind = noun_kind(tok) if tok.pos_ == "NOUN" else None
    if kind not in _DROPPED:
        return None
    if not any(c.dep_ in {"det", "poss"} and c.lower_ in _REFERRING for c in tok.children):
        return None  # "a visit", "visits": no engagement told before
    if any(c.dep_ in {"prep", "compound"} or c.ent_type_ in {"GPE", "PERSON", "NORP"} for c in tok.children):
        return None  # "the trip to Kyiv", "the Kyiv trip", "the Polish visit": its own parties or place
    verb = tok.head
    if tok.dep_ not in {"nsubjpass", "dobj", "nsubj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if word_set("called_off_verbs").isdisjoint(verb_phrases(verb)) or is_rescheduled(tok):
        return None  # "postponed until Friday": moved, still to be held
    return kind


def without_called_off(state: DocState, drafts: list[EventDraft]) -> list[EventDraft]:
    """The drafts without the planned engagements a later back-reference tells were called off."""
    doc = state.doc
    if doc is None:
        return drafts
    gone: set[int] = set()
    for i in lemma_positions(doc, word_set("called_off_nouns")):  # read from the Doc's lemma index
        tok = doc[i]
        kind = _called_off_reference(tok)
        if kind is None:
            continue
        gone.update(i for i, d in enumerate(drafts) if d.kind in _DROPPED[kind] and (d.trigger[0] == tok.idx or (
            d.status == "planned" and tok.sent.start_char <= d.trigger[0] < tok.idx)))  # and the reference itself
    return [d for i, d in enumerate(drafts) if i not in gone]
