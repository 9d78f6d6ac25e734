"""Partial dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) as intervals with a precision."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Literal

__all__ = ["DateRange", "Precision", "date_range", "parse_partial", "shifted"]

Precision = Literal["day", "month", "year"]
_RANK = {"day": 0, "month": 1, "year": 2}


def shifted(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held within the calendar (9999-12-31 plus a day stays
    9999-12-31, where ``+ timedelta`` raises OverflowError)."""
    if days >= 0:
        return day + dt.timedelta(days=days) if (dt.date.max - day).days >= days else dt.date.max
    return day + dt.timedelta(days=days) if (day - dt.date.min).days >= -days else dt.date.min


@dataclass(frozen=True, slots=True)
class DateRange:
    """A closed interval of days and the coarsest precision of its ends."""

    lo: dt.date
    hi: dt.date
    precision: Precision

    def overlaps(self, other: DateRange, slack_days: int = 0) -> bool:
        """True when the intervals intersect, allowing ``slack_days`` of distance."""
        return (self.lo <= shifted(other.hi, slack_days)
                and other.lo <= shifted(self.hi, slack_days))

    def gap_days(self, other: DateRange) -> int:
        """Days between the intervals (0 when they overlap)."""
        if self.overlaps(other):
            return 0
        if self.hi < other.lo:
            return (other.lo - self.hi).days
        return (self.lo - other.hi).days

    @property
    def coarse(self) -> bool:
        return self.precision != "day"


@cache
def parse_partial(value: str | None) -> tuple[dt.date, dt.date, Precision] | None:
    """``"2024-04"`` -> (2024-04-01, 2024-04-30, "month"); None for empty or unreadable values."""
    if not value:
        return None
    parts = value.strip()[:10].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
        month = int(parts[1])
        if len(parts) == 2:
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last), "month"
        day = dt.date(year, month, int(parts[2]))
        return day, day, "day"
    except (ValueError, IndexError):
        return None


@cache
def date_range(start: str | None, end: str | None = None) -> DateRange | None:
    """The interval covered by a start and optional end partial date."""
    first = parse_partial(start) or parse_partial(end)
    if first is None:
        return None
    last = parse_partial(end) or first
    precision = max(first[2], last[2], key=lambda p: _RANK[p])
    lo, hi = first[0], max(last[1], first[1])
    return DateRange(lo, hi, precision)
