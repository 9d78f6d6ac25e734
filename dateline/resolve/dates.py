"""Partial dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) as intervals with a precision."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Literal

__all__ = ["DateRange", "Precision", "parse_partial", "date_range"]

Precision = Literal["day", "month", "year"]
_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True, slots=True)
class DateRange:
    """A closed interval of days and the coarsest precision of its ends."""

    lo: dt.date
    hi: dt.date
    precision: Precision

    def overlaps(self, other: DateRange, slack_days: int = 0) -> bool:
        """True when the intervals intersect, allowing ``slack_days`` of distance."""
        slack = dt.timedelta(days=slack_days)
        return self.lo <= other.hi + slack and other.lo <= self.hi + slack

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
