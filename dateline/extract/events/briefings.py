"""Talks are where their parties brief the press.

"Fidan held talks with his Egyptian counterpart on Wednesday. At a joint press conference in Cairo
after the talks, Fidan said ...": the talks name no place of their own (a report filed from Ankara
would put them there), the press conference given by one of their parties does. One pass over the
document's sentences; the talks take the briefing's place when they are told in its sentence or
the two before, share a person with it and have no place stated in their own clause.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import compound_name, lemma_positions
from dateline.record import Place

__all__ = ["briefing_places"]

_NEAR = 2  # sentences: the talks a briefing follows are told this far before it
_KINDS = frozenset({"meeting", "agreement"})


def _briefing_place(sent: Span) -> Place | None:
    """'at a joint press conference in Cairo', 'speaking at a news briefing in Moscow': the place of
    a press briefing the sentence tells of, when its clause is not told in the pluperfect."""
    for tok in sent:
        if tok.lemma_.lower() not in word_set("briefing_nouns") or not any(
                c.lower_ in word_set("briefing_modifiers") for c in tok.children if c.dep_ in {"compound", "amod"}):
            continue
        if any(c.lower_ == "had" for c in tok.head.head.children if c.dep_ == "aux") or any(
                c.lower_ == "had" for c in sent.root.children if c.dep_ == "aux"):
            return None  # "At a press conference on Tuesday, he had announced the visit": another day
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                place = _place_of(prep)
                if place is not None:
                    return place
    return None


def _place_of(prep: Token) -> Place | None:
    obj = next((o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC", "FAC"}), None)
    return lookup_place(compound_name(obj)) if obj is not None else None


def _persons(state: DocState, start: int, end: int) -> set[str]:
    return {m.actor_id for m in state.mentions_in(start, end) if state.actor(m.actor_id).kind == "person"}


def briefing_places(state: DocState, events: list[EventDraft]) -> None:
    """Give talks with no place of their own the place of their parties' press briefing."""
    if state.doc is None:
        return
    sents = list(state.doc.sents)
    starts = [s.start_char for s in sents]
    nouns = word_set("briefing_nouns")
    for i, sent in enumerate(sents):
        place = _briefing_place(sent) if lemma_positions(sent.doc, nouns, sent.start, sent.end) else None
        if place is None:
            continue
        speakers = _persons(state, sent.start_char, sent.end_char)
        for event in events:
            told = bisect_right(starts, event.sentence[0]) - 1
            if event.kind not in _KINDS or not 0 <= i - told <= _NEAR or event.status != "occurred" \
                    or event.pluperfect or event.place is not None and event.place_from != "dateline":
                continue
            persons = {a for a in event.participants if state.actor(a).kind == "person"}
            if persons & speakers or told == i:
                event.place, event.place_from = place, "text"
