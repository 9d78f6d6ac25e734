"""Running summaries of an event's reports: fold one more report in without reading the others.

:func:`dateline.resolve.events.aggregate` reads every report of an event; the store calls it each
time a report is added, so an event reported a thousand times costs a thousand reads per new
report. An :class:`EventTally` keeps what ``aggregate`` reads from the reports, per status where it
looks only at the winning status's reports:

- how many reports, the first report's kind, the product of ``1 - confidence`` (multiplied in
  report order, as ``aggregate`` does: the same float), every country, the earliest and latest
  publication dates, the number of reporting articles;
- names, places and (type, mode) pairs counted in order of first appearance (``aggregate``'s
  most common value breaks ties by first appearance);
- the dates ``aggregate`` picks from: the most precise rank seen and the (start, end) pairs of that
  rank counted (occurred: the most common of the most precise), and the latest most precise
  report's dates (planned: plans change, the newest report wins).

:meth:`EventTally.add` folds in a report that comes after every report already in (the store
adds reports in id order); :meth:`EventTally.canonical` gives exactly what ``aggregate`` gives for
all the reports folded in (``tests/resolve/test_event_tally.py`` checks it on generated report
sequences). Removing a report cannot be folded out: the store re-aggregates then.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from dateline.resolve.events import CanonicalEvent, EventReport, date_rank, effective_range

__all__ = ["EventTally", "StatusTally"]

K = TypeVar("K", bound=Hashable)
UNDATED = 3  # date_rank of a report without a usable date

Place = tuple[str | None, str | None, float | None, float | None]
Dates = tuple[str | None, str | None]


def _most_common(counts: dict[K, int]) -> K | None:
    """The most frequent key, the first counted among equals (Counter.most_common(1)[0][0])."""
    return max(counts.items(), key=lambda item: item[1])[0] if counts else None


def _count(counts: dict[K, int], key: K) -> None:
    counts[key] = counts.get(key, 0) + 1


@dataclass(slots=True)
class StatusTally:
    """What ``aggregate`` reads of the reports of one status (its winning reports)."""

    n: int = 0
    best_rank: int = UNDATED  # the most precise date rank among the reports
    pool: dict[Dates, int] = field(default_factory=dict)  # dates of that rank, counted
    latest: tuple[int, str, Dates] | None = None  # (-rank, published, dates) of the newest best
    places: dict[Place, int] = field(default_factory=dict)
    types: dict[tuple[str, str | None], int] = field(default_factory=dict)

    def add(self, report: EventReport) -> None:
        self.n += 1
        rank = date_rank(report)
        dates = (report.date_start, report.date_end)
        if rank < UNDATED:
            if rank < self.best_rank:
                self.best_rank, self.pool = rank, {}
            if rank == self.best_rank:
                _count(self.pool, dates)
            key = (-rank, report.published or "")
            if self.latest is None or key >= self.latest[:2]:  # later reports win ties
                self.latest = (*key, dates)
        if report.place_name or report.place_country:
            _count(self.places, (report.place_name, report.place_country, report.lat,
                                 report.lon))
        _count(self.types, (report.type, report.mode))

    def dates(self, status: str) -> Dates:
        """``_pick_date`` of these reports."""
        if self.best_rank == UNDATED:
            return None, None
        if status == "planned":
            assert self.latest is not None
            return self.latest[2]
        found = _most_common(self.pool)
        assert found is not None
        return found

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "best_rank": self.best_rank, "pool": [[*k, v] for k, v in
                                                                  self.pool.items()],
                "latest": None if self.latest is None else [*self.latest[:2],
                                                            *self.latest[2]],
                "places": [[*k, v] for k, v in self.places.items()],
                "types": [[*k, v] for k, v in self.types.items()]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StatusTally:
        latest = data["latest"]
        return cls(
            n=data["n"], best_rank=data["best_rank"],
            pool={(s, e): n for s, e, n in data["pool"]},
            latest=None if latest is None else (latest[0], latest[1], (latest[2], latest[3])),
            places={(name, country, lat, lon): n for name, country, lat, lon, n
                    in data["places"]},
            types={(kind, mode): n for kind, mode, n in data["types"]})


@dataclass(slots=True)
class EventTally:
    """The running summary of all the reports of one event (see the module's docstring)."""

    kind: str
    occurred: StatusTally = field(default_factory=StatusTally)
    planned: StatusTally = field(default_factory=StatusTally)
    missing: float = 1.0  # the product of (1 - confidence), in report order
    countries: set[str] = field(default_factory=set)
    first_published: str | None = None
    last_published: str | None = None
    names: dict[str, int] = field(default_factory=dict)
    n_articles: int = 0

    @classmethod
    def of(cls, reports: Sequence[EventReport]) -> EventTally:
        """The tally of ``reports`` (non-empty, in report order)."""
        tally = cls(kind=reports[0].kind)
        seen: set[int] = set()
        for report in reports:
            tally.add(report, new_article=report.article not in seen)
            seen.add(report.article)
        return tally

    def add(self, report: EventReport, *, new_article: bool) -> None:
        """Fold in ``report``, which comes after every report already in; ``new_article``: no
        report already in is from its article."""
        (self.occurred if report.status == "occurred" else self.planned).add(report)
        self.missing *= 1.0 - report.confidence
        self.countries.update(report.countries)
        if report.published:
            if self.first_published is None or report.published < self.first_published:
                self.first_published = report.published
            if self.last_published is None or report.published > self.last_published:
                self.last_published = report.published
        if report.name is not None:
            _count(self.names, report.name)
        self.n_articles += bool(new_article)

    def canonical(self) -> CanonicalEvent:
        """What :func:`dateline.resolve.events.aggregate` gives for the reports folded in."""
        status = "occurred" if self.occurred.n else "planned"
        winning = self.occurred if status == "occurred" else self.planned
        start, end = winning.dates(status)
        span = effective_range(start, end, status, self.first_published)
        # no place among the winning reports: the others' (then only plans have places)
        place: Place = (_most_common(winning.places) or _most_common(self.planned.places)
                        or (None, None, None, None))
        types = _most_common(winning.types)
        assert types is not None  # every report counts its (type, mode)
        return CanonicalEvent(
            kind=self.kind, type=types[0], mode=types[1], status=status,
            date_start=start, date_end=end or start,
            precision=span.precision if span else None,
            date_lo=span.lo.isoformat() if span else None,
            date_hi=span.hi.isoformat() if span else None,
            countries=sorted(self.countries), place_name=place[0], place_country=place[1],
            lat=place[2], lon=place[3], name=_most_common(self.names),
            confidence=round(min(0.99, 1.0 - self.missing), 4), n_sources=self.n_articles,
            first_reported=self.first_published, last_reported=self.last_published)

    def to_json(self) -> str:
        return json.dumps({
            "kind": self.kind, "occurred": self.occurred.to_json(),
            "planned": self.planned.to_json(), "missing": self.missing,
            "countries": sorted(self.countries), "published": [self.first_published,
                                                               self.last_published],
            "names": list(self.names.items()), "n_articles": self.n_articles},
            separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> EventTally:
        data = json.loads(text)
        return cls(kind=data["kind"], occurred=StatusTally.from_json(data["occurred"]),
                   planned=StatusTally.from_json(data["planned"]), missing=data["missing"],
                   countries=set(data["countries"]), first_published=data["published"][0],
                   last_published=data["published"][1],
                   names={name: n for name, n in data["names"]},
                   n_articles=data["n_articles"])

