"""Talks told again by their one counterpart: "President X met with A, B and C ... In the meeting
with B, the sides noted ...": the meeting with B is X's, told before, not talks of B with the
traveller of the engagement told last (the visit A is on)."""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.sameness import dates_compatible

__all__ = ["talks_with_counterpart"]

_TALKS = frozenset({"meeting", "call"})


def talks_with_counterpart(state: DocState, events: list[EventDraft], draft: EventDraft) -> EventDraft | None:
    """The earlier talks (the latest, of the draft's days) of the one person the draft's talks are
    'with', when that person took part in two-sided talks told before; else None."""
    if draft.kind not in _TALKS or len(draft.participants) != 1 or draft.source:
        return None
    person = draft.participants[0]
    if state.actor(person).kind != "person":
        return None
    return next((e for e in reversed(events) if e.kind in _TALKS and person in e.participants
                 and len(state.persons(e.participants)) == 2 and dates_compatible(e, draft)), None)
