"""What the grammar finds: a :class:`Spec` (the expression's meaning, not yet placed in time)
and a :class:`Found` (a Spec with its place in the text)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KEEP_PRE", "Found", "Spec"]

# Prepositions that belong to the expression they open ("from May 5 to 7", "between 2020 and 2023").
KEEP_PRE = frozenset({"from", "between"})


@dataclass(slots=True)
class Spec:
    """What an expression says, before it is placed against a reference date.

    ``kind`` is one of: date, month, year, yrange (``y``..``n``), decade, season (``m`` = first
    month), quarter / half (``n``), weekday (``wd``, ``rel``, ``unit`` "week" for "Monday of next
    week" or "this" for "this Monday"), day (deictic offset ``n``: "yesterday"), unit ("last week":
    ``unit`` + ``rel``), shift ("two weeks ago": ``n`` ``unit``), range (``a`` .. ``b``, or ``a``
    plus ``days`` for "a three-day visit starting <a>", minus ``days`` for "... until <a>"), mday (day ``d`` of the month ``rel`` months from
    the report's: "the 20th of this month").
    """

    kind: str
    y: int | None = None
    yrel: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None
    rel: int | None = None
    unit: str | None = None
    n: int | None = None
    a: Spec | None = None
    b: Spec | None = None
    days: int | None = None

    def needs_tense(self) -> bool:
        """True when the value depends on whether the clause is past or future."""
        if self.kind == "range":
            return self.a is not None and self.a.needs_tense()
        if self.kind in ("date", "month", "season", "quarter", "half"):
            return self.y is None and self.yrel is None and self.rel is None
        if self.kind == "weekday":
            return self.rel is None or self.unit == "this"
        if self.kind == "unit":
            return self.rel is None
        return False


@dataclass(slots=True)
class Found:
    """A Spec found in the text. ``start`` leaves out a leading preposition, ``outer`` keeps it."""

    start: int
    end: int
    outer: int
    pre: str | None
    spec: Spec
    anchor: tuple[int, int] | None = None  # the part whose clause tense matters, if not all

    @property
    def tense_span(self) -> tuple[int, int]:
        return self.anchor or (self.start, self.end)
