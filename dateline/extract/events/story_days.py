"""The days of a report's own story: an engagement recalled from weeks before ("the two leaders
recalled their talks in Bishkek on August 27") is told after the day's talks but is not the day
"the same day" or "following the talks" count from."""

from __future__ import annotations

from dateline.extract.document import EventDraft
from dateline.extract.time.values import PartialDate

__all__ = ["story_thread"]

_RECALLED = 7  # days before the story's latest day beyond which a dated engagement is background


def story_thread(dated: list[EventDraft]) -> list[EventDraft]:
    """``dated`` (events dated to a day, in text order) without those more than a week before the
    latest of them: what a recalled meeting's day is to the report's own day."""
    if not dated:
        return dated
    latest = max(e.date_start or "" for e in dated)
    edge = str(PartialDate.parse(latest).plus_days(-_RECALLED))
    return [e for e in dated if (e.date_start or "") >= edge]
