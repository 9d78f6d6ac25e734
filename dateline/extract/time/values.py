"""Date values of a given precision: a year, a month or a day.

The record writes them as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` strings (``TimeMention.start``,
``EventDate.start``); :class:`PartialDate` reads and writes that form, so a rule asks "is this a
day?" instead of measuring the string.

>>> PartialDate.parse("2024-04").precision
<Precision.MONTH: 2>
>>> str(PartialDate.parse("2024-04-03").plus_days(2))
'2024-04-05'
>>> is_day("2024-04-03"), is_day("2024"), is_day(None)
(True, False, False)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import IntEnum
from typing import TypeGuard

__all__ = ["PartialDate", "Precision", "is_day", "precision_of"]

_FORM = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class Precision(IntEnum):
    """How much of a date is known; a finer precision compares greater."""

    YEAR = 1
    MONTH = 2
    DAY = 3


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A year, a month of a year, or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """``'2024'``, ``'2024-04'`` or ``'2024-04-03'``."""
        match = _FORM.fullmatch(text)
        if match is None:
            raise ValueError(f"not a YYYY, YYYY-MM or YYYY-MM-DD date: {text!r}")
        y, m, d = match.groups()
        return cls(int(y), int(m) if m else None, int(d) if d else None)

    @classmethod
    def of(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> Precision:
        return Precision.DAY if self.day is not None else Precision.MONTH if self.month is not None \
            else Precision.YEAR

    @property
    def is_day(self) -> bool:
        return self.day is not None

    def to_date(self) -> dt.date:
        """The calendar day (a day-precision value only)."""
        if self.month is None or self.day is None:
            raise ValueError(f"{self} is not a day")
        return dt.date(self.year, self.month, self.day)

    def plus_days(self, n: int) -> PartialDate:
        return PartialDate.of(self.to_date() + dt.timedelta(days=n))

    def coarsen(self, precision: Precision) -> PartialDate:
        """This value known only to ``precision`` (unchanged when it is no finer)."""
        if precision >= self.precision:
            return self
        if precision is Precision.MONTH:
            return PartialDate(self.year, self.month)
        return PartialDate(self.year)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def precision_of(value: str | None) -> Precision | None:
    """The precision of a record's date string; None for no date."""
    return PartialDate.parse(value).precision if value else None


def is_day(value: str | None) -> TypeGuard[str]:
    """``value`` names one day (``YYYY-MM-DD``)."""
    return precision_of(value) is Precision.DAY
