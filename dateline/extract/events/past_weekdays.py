"""A weekday the clause's tense put in the week ahead, for something already done: "invited Y to visit
next year during their phone conversation on Monday" (an invitation extended in talks). The day is the one
before the report."""

from __future__ import annotations

from dateline.extract.time.values import PartialDate, is_day
from dateline.record import TimeMention

__all__ = ["weekday_behind"]


def weekday_behind(told: TimeMention, published: str) -> TimeMention | None:
    """``told`` itself when it is not after ``published``; a single day within the week ahead taken
    back a week; None for anything else ahead (a month, a day further on)."""
    start = told.start or ""
    if start <= published:
        return told
    if not is_day(start) or told.end not in (None, start):
        return None
    back = str(PartialDate.parse(start).plus_days(-7))
    if back > published or str(PartialDate.parse(published).plus_days(-7)) > back:
        return None
    return told.model_copy(update={"start": back, "end": back})
