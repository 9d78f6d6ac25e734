"""A trip or talks whose doer is only a former official are no engagement of his state.

"Former U.S. President X arrived in Islamabad for a day-long trip", "former President Y, who
lives in Tokyo, visited the consulate", "Mr. Z said the countries he has visited ...": a person who
once held a post travels and meets in his own name, not for the state he once served. The people
stage keeps the post as he held it ("former President"); at the end of the events stage a visit,
talks or call whose doing side (its source: the traveller, the one who met or called) holds only such
people, no state and no body, is dropped. Two kinds stay: an engagement dated by its own past year
("Maher visited Jerusalem in 2003"), when the post was still his, and one the former official only
receives ("Y met former leader Z in Havana": Y's trip or talks are Y's state's).
"""

from __future__ import annotations

import re

from dateline.extract.document import DocState, EventDraft

__all__ = ["without_former_officials"]

_KINDS = frozenset({"visit", "meeting", "call"})
_FORMER = re.compile(r"^(?:former|ex)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")


def _former(state: DocState, actor_id: str) -> bool:
    actor = state.actor(actor_id)
    return actor.kind == "person" and bool(actor.title) and bool(_FORMER.match(actor.title or ""))


def _dated_past(event: EventDraft) -> bool:
    """The event is told with a year of its own ('in 2003', 'in 1978'): then his post was held."""
    return event.date is not None and bool(_YEAR.search(event.date_start or ""))


def _former_doer(state: DocState, event: EventDraft) -> bool:
    return event.kind in _KINDS and bool(event.source) and all(_former(state, a) for a in event.source) \
        and not _dated_past(event)


def without_former_officials(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events without the visits, talks and calls done only by former officials."""
    return [e for e in events if not _former_doer(state, e)]
