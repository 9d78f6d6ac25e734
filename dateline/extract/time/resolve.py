"""Place a parsed expression (:class:`~.spec.Spec`) against the publication date.

Values are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` strings; ``resolve`` returns
``(start, end, grain)``. Expressions without a year ("December 15", "in November",
"on Monday") are placed by the clause's tense: a past clause takes the latest occurrence
on or before the reference, a future clause the first on or after it, otherwise the
nearest (for a bare month or season: the latest, as news mostly looks back). Dates within
a week of the reference keep the nearest reading whatever the tense (the publication date
and the event day often differ by a day or two). A weekday that is the publication day's
own is that day.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TypeVar

from dateline.extract.time.spec import Spec
from dateline.extract.time.values import precision_of
from dateline.record import Grain

__all__ = ["resolve"]

Value = tuple[str | None, str | None, Grain]
T = TypeVar("T")
_SLACK_DAYS = 7
_QUARTER_START = {1: 1, 2: 4, 3: 7, 4: 10}
# the grain of "last week", "two months ago" without a reference date: the unit's own
_UNIT_GRAINS: dict[str, Grain] = {"day": "day", "week": "week", "weekend": "weekend", "month": "month",
                                  "quarter": "quarter", "year": "year", "decade": "decade"}


def _day(d: date) -> str:
    return d.isoformat()


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _choose(options: list[tuple[date, date, T]], ref: date, tense: str | None) -> T:
    """Pick among occurrences (start, end, value): latest past, first future, else nearest."""

    def distance(o: tuple[date, date, T]) -> int:
        if o[0] <= ref <= o[1]:
            return 0
        return min(abs((o[0] - ref).days), abs((o[1] - ref).days))

    nearest = min(options, key=lambda o: (distance(o), o[0] < ref))
    if tense not in ("past", "future") or distance(nearest) <= _SLACK_DAYS:
        return nearest[2]
    if tense == "past":
        past = [o for o in options if o[0] <= ref]
        return max(past, key=lambda o: o[0])[2] if past else nearest[2]
    future = [o for o in options if o[1] >= ref]
    return min(future, key=lambda o: o[0])[2] if future else nearest[2]


def _year_of(spec: Spec, ref: date | None) -> int | None:
    if spec.y is not None:
        return spec.y
    if spec.yrel is not None and ref is not None:
        return ref.year + spec.yrel
    return None


def _date(spec: Spec, ref: date | None, tense: str | None) -> date | None:
    assert spec.m is not None and spec.d is not None
    y = _year_of(spec, ref)
    if y is not None:
        return _safe_date(y, spec.m, spec.d)
    if ref is None:
        return None
    cands = [c for c in (_safe_date(ref.year + k, spec.m, spec.d) for k in (-1, 0, 1)) if c]
    if not cands:
        return None
    if spec.wd is not None:
        same = [c for c in cands if c.weekday() == spec.wd]
        if same:
            return min(same, key=lambda c: abs((c - ref).days))
    return _choose([(c, c, c) for c in cands], ref, tense)


def _months_value(y: int, m: int, span: int, grain: Grain) -> Value:
    ey, em = _add_months(y, m, span - 1)
    return _month(y, m), _month(ey, em), grain


def _month_range(spec: Spec, ref: date | None, tense: str | None, span: int, grain: Grain,
                 first: int) -> Value:
    """Months [first, first+span) of a year placed by its year, "last/this/next" or tense."""
    y = _year_of(spec, ref)
    if y is None and ref is not None:
        opts = []
        for sy in range(ref.year - 2, ref.year + 2):
            ey, em = _add_months(sy, first, span)
            opts.append((date(sy, first, 1), date(ey, em, 1) - timedelta(1), sy))
        containing = [o[2] for o in opts if o[0] <= ref <= o[1]]
        if spec.rel == 0 or (spec.rel is None and grain in ("quarter", "half")
                             and tense not in ("past", "future")):
            y = containing[0] if containing else ref.year
        elif spec.rel is not None and spec.rel < 0:
            y = max(o[2] for o in opts if o[1] < ref)
        elif spec.rel is not None:
            y = min(o[2] for o in opts if o[0] > ref)
        else:  # a bare month in news mostly looks back: "the coup attempt in July"
            y = _choose(opts, ref, tense if tense in ("past", "future") else "past")
    if y is None:
        return None, None, grain
    return _months_value(y, first, span, grain)


def _week_start(d: date) -> date:
    return d - timedelta(d.weekday())


def _weekday(spec: Spec, ref: date, tense: str | None) -> date:
    assert spec.wd is not None
    if spec.unit == "week":  # "Wednesday of next week"
        return _week_start(ref) + timedelta(7 * (spec.rel or 0) + spec.wd)
    delta = (spec.wd - ref.weekday()) % 7  # days forward to the next such weekday
    if spec.rel is not None and spec.rel < 0:
        return ref - timedelta(7 - delta if delta else 7)
    if spec.rel is not None and spec.rel > 0:
        return _week_start(ref) + timedelta(7 + spec.wd)
    if delta == 0:
        return ref
    forward, back = ref + timedelta(delta), ref - timedelta(7 - delta)
    if spec.unit == "this":
        return back if tense == "past" else forward
    if tense == "past":
        return back
    if tense == "future":
        return forward
    return forward if delta < 7 - delta else back


def _unit(spec: Spec, ref: date, tense: str | None) -> Value:
    unit, rel = spec.unit, spec.rel
    if unit in ("week", "weekend"):
        if rel is None:  # "the weekend": last one in a past clause, else the coming one
            rel = -1 if tense == "past" and ref.weekday() < 5 else 0
        start = _week_start(ref) + timedelta(7 * rel)
        if unit == "weekend":
            return _day(start + timedelta(5)), _day(start + timedelta(6)), "weekend"
        return _day(start), _day(start + timedelta(6)), "week"
    rel = rel or 0
    if unit == "month":
        y, m = _add_months(ref.year, ref.month, rel)
        return _month(y, m), _month(y, m), "month"
    if unit == "quarter":
        q0 = (ref.month - 1) // 3
        y, m = _add_months(ref.year, q0 * 3 + 1, 3 * rel)
        return _months_value(y, m, 3, "quarter")
    if unit == "decade":
        y = (ref.year // 10 + rel) * 10
        return str(y), str(y + 9), "decade"
    return str(ref.year + rel), str(ref.year + rel), "year"


def _shift(spec: Spec, ref: date) -> Value:
    n = spec.n or 0
    if spec.unit in ("day", "week"):
        d = ref + timedelta(n * (7 if spec.unit == "week" else 1))
        return _day(d), _day(d), "day"
    if spec.unit == "month":
        y, m = _add_months(ref.year, ref.month, n)
        return _month(y, m), _month(y, m), "month"
    return str(ref.year + n), str(ref.year + n), "year"


def _range(spec: Spec, ref: date | None, tense: str | None) -> Value:
    assert spec.a is not None
    start, end, grain = resolve(spec.a, ref, tense)
    if spec.days:
        if start is None or grain != "day":
            return start, end, grain
        if spec.days < 0:  # "a four-day visit through Saturday": the last of its days
            first = date.fromisoformat(start) + timedelta(spec.days + 1)
            return _day(first), start, "day"
        last = date.fromisoformat(start) + timedelta(spec.days - 1)
        return start, _day(last), "day"
    b = spec.b
    assert b is not None
    if start is None:
        return None, None, grain
    if b.y is None and b.yrel is None and b.kind in ("date", "month"):
        b = replace(b, y=int(start[:4]))  # "from December 30 to January 2": B follows A
    _, end, _ = resolve(b, ref, tense)
    if end is not None and precision_of(end) == precision_of(start) and end < start:
        if b.kind in ("date", "month"):
            _, end, _ = resolve(replace(b, y=(b.y or int(start[:4])) + 1), ref, tense)
        elif b.kind == "weekday":  # "from Monday to Friday" in a past clause on a Wednesday
            end = _day(date.fromisoformat(end) + timedelta(7))
    return start, end, grain


def resolve(spec: Spec, ref: date | None, tense: str | None = None) -> Value:
    """(start, end, grain) of ``spec`` at reference date ``ref`` in a clause of ``tense``."""
    kind = spec.kind
    if kind == "range":
        return _range(spec, ref, tense)
    if kind == "year":
        return str(spec.y), str(spec.y), "year"
    if kind == "yrange":
        return str(spec.y), str(spec.n), "year"
    if kind == "decade":
        return str(spec.y), str((spec.y or 0) + 9), "decade"
    if kind == "date":
        d = _date(spec, ref, tense)
        return (_day(d), _day(d), "day") if d else (None, None, "day")
    if kind == "month":
        assert spec.m is not None
        return _month_range(spec, ref, tense, 1, "month", spec.m)
    if kind == "season":
        assert spec.m is not None
        return _month_range(spec, ref, tense, 3, "season", spec.m)
    if kind == "quarter":
        return _month_range(spec, ref, tense, 3, "quarter", _QUARTER_START[spec.n or 1])
    if kind == "half":
        return _month_range(spec, ref, tense, 6, "half", 1 if spec.n == 1 else 7)
    if ref is None:
        return None, None, "day" if kind in ("weekday", "day") else _UNIT_GRAINS.get(spec.unit or "day", "day")
    if kind == "mday":  # "the 20th of this month"
        y, m = _add_months(ref.year, ref.month, spec.rel or 0)
        day = _safe_date(y, m, spec.d or 0)
        return (_day(day), _day(day), "day") if day else (None, None, "day")
    if kind == "weekday":
        d = _weekday(spec, ref, tense)
        return _day(d), _day(d), "day"
    if kind == "day":
        d = ref + timedelta(spec.n or 0)
        return _day(d), _day(d), "day"
    if kind == "unit":
        return _unit(spec, ref, tense)
    if kind == "shift":
        return _shift(spec, ref)
    raise ValueError(f"unknown time spec kind {kind!r}")

