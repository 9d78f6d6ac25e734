"""Is this reported event an engagement we already know? And what do its reports say together?

Two reports describe the same engagement when they have the same ``kind`` and

- **participants overlap**: a shared canonical person, or country sets with Jaccard >= 0.5
  (gatherings also match by normalised name);
- **dates are compatible**: overlapping or within one day; a planned event matches an occurred
  one when the dates overlap or the plan gave only a month or year (and it happened within a
  year of that);
- **places are compatible**: not in two different countries or two different named places.

``aggregate`` turns all reports of one event into its canonical fields: occurred beats planned,
the most precise (then most frequent) date of the winning status, the most frequent place and name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from dateline.gazetteer import fold, name_key
from dateline.resolve.dates import DateRange, date_range, shifted
from dateline.resolve.entities import country_name

__all__ = [
    "CanonicalEvent",
    "EventCandidate",
    "EventReport",
    "aggregate",
    "date_rank",
    "effective_range",
    "match_event",
]

T = TypeVar("T")

JACCARD_MIN = 0.5
PLANNED_HORIZON_DAYS = 366
_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(slots=True)
class EventCandidate:
    """The matching view of an event: a new report (id None) or a canonical event."""

    kind: str
    status: str
    dates: DateRange | None
    persons: frozenset[int] = frozenset()
    countries: frozenset[str] = frozenset()
    place_name: str | None = None
    place_country: str | None = None
    name: str | None = None
    id: int | None = None

    @property
    def name_key(self) -> str | None:
        return name_key(self.name) if self.name else None


def effective_range(start: str | None, end: str | None, status: str,
                    published: str | None) -> DateRange | None:
    """The event's dates, or - when the report gives none - what its publication date implies.

    An occurred event with no date happened on the publication day (the contract's rule); a
    planned one lies somewhere in the following year (a coarse range).
    """
    found = date_range(start, end)
    if found is not None:
        return found
    day = date_range(published)
    if day is None:
        return None
    if status == "planned":
        return DateRange(day.lo, shifted(day.lo, PLANNED_HORIZON_DAYS), "year")
    return DateRange(day.lo, day.hi, "day")


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _names_agree(a: str | None, b: str | None) -> bool | None:
    """True same gathering name, False different names, None when one is missing."""
    if not a or not b:
        return None
    ta, tb = set(a.split()), set(b.split())
    return ta <= tb or tb <= ta


def dates_compatible(a: DateRange | None, a_status: str, b: DateRange | None,
                     b_status: str) -> bool:
    """Overlap within a day; planned-vs-occurred also when the plan was month/year precise."""
    if a is None or b is None:
        return False
    if a.overlaps(b, slack_days=1):
        return True
    if a_status == b_status:
        return False
    planned, occurred = (a, b) if a_status == "planned" else (b, a)
    if not planned.coarse:
        return False
    latest = shifted(planned.hi, PLANNED_HORIZON_DAYS)
    return shifted(planned.lo, -31) <= occurred.lo <= latest


def _place_compatible(a: EventCandidate, b: EventCandidate) -> bool:
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return False
    if a.place_name and b.place_name:
        na, nb = fold(a.place_name), fold(b.place_name)
        countries = {fold(country_name(c)) for c in (a.place_country, b.place_country) if c}
        if na != nb and na not in countries and nb not in countries:
            return False
    return True


def _participants_overlap(a: EventCandidate, b: EventCandidate) -> bool:
    if a.kind in {"meeting", "call"} and len(a.persons) >= 2 and len(b.persons) >= 2 \
            and not (a.persons <= b.persons or b.persons <= a.persons) \
            and _jaccard(a.countries, b.countries) < JACCARD_MIN:
        return False  # the host met one guest, then another: two meetings (as events/merge.py has it)
    return bool(a.persons & b.persons) or _jaccard(a.countries, b.countries) >= JACCARD_MIN


def compatible(report: EventCandidate, known: EventCandidate) -> bool:
    """Could ``report`` describe the same engagement as ``known``?"""
    if report.kind != known.kind:
        return False
    if not dates_compatible(report.dates, report.status, known.dates, known.status):
        return False
    if not _place_compatible(report, known):
        return False
    names = _names_agree(report.name_key, known.name_key)
    if names is False and report.kind == "gathering":
        return False
    if names and report.kind == "gathering":
        return True
    if report.kind in {"meeting", "call"} and len(report.persons) >= 2 and len(known.persons) >= 2 \
            and not (report.persons <= known.persons or known.persons <= report.persons):
        return False  # one official's talks with two different counterparts on adjacent days
    return _participants_overlap(report, known)


def _score(report: EventCandidate, known: EventCandidate) -> tuple[float, ...]:
    gap = report.dates.gap_days(known.dates) if report.dates and known.dates else 999
    return (
        float(bool(_names_agree(report.name_key, known.name_key))),
        float(len(report.persons & known.persons)),
        _jaccard(report.countries, known.countries),
        -float(gap),
        float(report.status == known.status),
        -float(known.id or 0),
    )


def match_event(report: EventCandidate,
                candidates: Sequence[EventCandidate]) -> EventCandidate | None:
    """The best known event ``report`` describes, or None when it is a new engagement."""
    hits = [c for c in candidates if compatible(report, c)]
    return max(hits, key=lambda c: _score(report, c)) if hits else None


@dataclass(slots=True)
class EventReport:
    """One article's account of an event (a row of ``event_sources``)."""

    kind: str
    type: str
    mode: str | None
    status: str
    date_start: str | None
    date_end: str | None
    published: str | None
    countries: list[str] = field(default_factory=list)
    place_name: str | None = None
    place_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    name: str | None = None
    confidence: float = 0.5
    order: int = 0
    article: int = 0


@dataclass(slots=True)
class CanonicalEvent:
    """The merged fields of one engagement."""

    kind: str
    type: str
    mode: str | None
    status: str
    date_start: str | None
    date_end: str | None
    precision: str | None
    date_lo: str | None
    date_hi: str | None
    countries: list[str]
    place_name: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    name: str | None
    confidence: float
    n_sources: int
    first_reported: str | None
    last_reported: str | None


def _most_common(values: Sequence[T]) -> T | None:
    present = [v for v in values if v is not None]
    return Counter(present).most_common(1)[0][0] if present else None


def date_rank(report: EventReport) -> int:
    """0 day, 1 month, 2 year precision; 3 when the report has no usable date."""
    found = date_range(report.date_start, report.date_end)
    return _RANK[found.precision] if found else 3


def _pick_date(reports: Sequence[EventReport], status: str) -> tuple[str | None, str | None]:
    dated = [r for r in reports if date_rank(r) < 3]
    if not dated:
        return None, None
    if status == "planned":  # plans change: follow the latest report, most precise first
        best = max(dated, key=lambda r: (-date_rank(r), r.published or "", r.order))
        return best.date_start, best.date_end
    best_rank = min(date_rank(r) for r in dated)
    pool = [(r.date_start, r.date_end) for r in sorted(dated, key=lambda r: r.order)
            if date_rank(r) == best_rank]
    return Counter(pool).most_common(1)[0][0]


def aggregate(reports: Sequence[EventReport]) -> CanonicalEvent:
    """Merge every report of one event into its canonical fields (``reports`` non-empty)."""
    status = "occurred" if any(r.status == "occurred" for r in reports) else "planned"
    winning = [r for r in reports if r.status == status]
    start, end = _pick_date(winning, status)
    published = sorted(r.published for r in reports if r.published)
    span = effective_range(start, end, status, published[0] if published else None)
    places = [(r.place_name, r.place_country, r.lat, r.lon) for r in winning if r.place_name
              or r.place_country] or [(r.place_name, r.place_country, r.lat, r.lon)
                                      for r in reports if r.place_name or r.place_country]
    place: tuple[str | None, str | None, float | None, float | None] = (
        _most_common(places) or (None, None, None, None))
    types = _most_common([(r.type, r.mode) for r in winning]) or (winning[0].type, None)
    missing = 1.0
    for report in reports:
        missing *= 1.0 - report.confidence
    countries = sorted({c for r in reports for c in r.countries})
    return CanonicalEvent(
        kind=reports[0].kind, type=types[0], mode=types[1], status=status,
        date_start=start, date_end=end or start,
        precision=span.precision if span else None,
        date_lo=span.lo.isoformat() if span else None,
        date_hi=span.hi.isoformat() if span else None,
        countries=countries, place_name=place[0], place_country=place[1], lat=place[2],
        lon=place[3], name=_most_common([r.name for r in reports]),
        confidence=round(min(0.99, 1.0 - missing), 4), n_sources=len({r.article for r in reports}),
        first_reported=published[0] if published else None,
        last_reported=published[-1] if published else None,
    )
