"""The candidate events of a batch's reports, asked in one round trip and kept exact.

Matching a reported event (:meth:`dateline.store.events.EventWriter.candidates`) reads the
known events of its kind whose dates fall in its windows and that share a country, a person or
the gathering's name. One query per report is one round trip per report on a client/server
database; instead the writer resolves the actors of the whole batch first, then asks every
report's query at once (:meth:`CandidateIndex.ask`: sent together, read in one round trip) and
answers each report from them in order.

The answers were read before the batch wrote its events, so the index keeps the row of each
event the batch has written since (:meth:`CandidateIndex.touched`): an answer leaves those
events out and adds, in their place, those of them the query would read now. Of an event the
batch created it knows every country and actor (:meth:`CandidateIndex.linked`), so it tests the
query's conditions itself (:class:`Window` tests the dates as the SQL does); an event stored
before the batch may have countries and actors the index has not read, so when one such event
the batch wrote lies in the report's windows the index cannot tell and the writer runs the
query (:meth:`CandidateIndex.rows` returns None). Events the batch did not write are as they
were when the query was read, so the rest of the answer is what the query would read now.

An event the batch created and a later report joins needs no read either: the index keeps its
tally as last written and its reports (:meth:`CandidateIndex.grown`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from dateline.resolve.events import EventCandidate
from dateline.store.backend import Backend, Row

__all__ = ["CandidateIndex", "EventState", "Window"]

Query = tuple[str, tuple[object, ...]]


@dataclass(frozen=True, slots=True)
class EventState:
    """What the candidate query reads and tests of an event row (besides its countries and
    actors, in their own tables)."""

    kind: str
    status: str
    precision: str | None
    date_lo: str | None
    date_hi: str | None
    name_key: str | None = None
    place_name: str | None = None
    place_country: str | None = None
    name: str | None = None
    countries: str = ""  # the row's display list (';'-joined)


@dataclass(slots=True)
class _Written:
    """An event the batch wrote: its row now, and its countries, actors and the people among
    them when the batch created it (None: an event stored before, or whose countries were
    written again, with rows the index has not read)."""

    state: EventState | None  # None: deleted
    countries: set[str] | None = None
    actors: set[int] | None = None
    persons: set[int] | None = None
    reports: set[tuple[int, str]] | None = None  # (article, local id) of its event_sources
    tally: str | None = None  # its event_tallies row as last written

    def in_windows(self, kind: str, windows: Sequence[Window]) -> bool:
        state = self.state
        return state is not None and state.kind == kind and any(w.holds(state) for w in windows)

    def known(self) -> bool:
        return self.countries is not None and self.actors is not None \
            and self.persons is not None and self.reports is not None

    def shares(self, report: EventCandidate) -> bool:
        """The query's other tests: a shared country, actor or gathering name."""
        assert self.countries is not None and self.actors is not None and self.state
        return (not self.countries.isdisjoint(report.countries)
                or not self.actors.isdisjoint(report.persons)
                or bool(report.name_key) and self.state.name_key == report.name_key)

    def rows(self, event_id: int) -> list[Row]:
        """The query's rows of the event: one per person taking part, or one with none."""
        state = self.state
        assert state is not None and self.persons is not None
        row = {"id": event_id, "kind": state.kind, "status": state.status,
               "date_lo": state.date_lo, "date_hi": state.date_hi, "precision": state.precision,
               "place_name": state.place_name, "place_country": state.place_country,
               "name": state.name, "countries": state.countries}
        return [{**row, "person": person} for person in sorted(self.persons)] or \
            [{**row, "person": None}]


@dataclass(frozen=True, slots=True)
class Window:
    """One of a report's date windows: an event's ``date_lo <= lo_max`` and its ``date_hi``
    (``on_lo``: its ``date_lo``) ``>= floor``; ``status``: only events with that status;
    ``coarse``: only events whose precision is not a day."""

    lo_max: str
    floor: str
    status: str | None = None
    coarse: bool = False
    on_lo: bool = False

    def sql(self) -> str:
        """The condition over ``events e`` (its two parameters: ``lo_max``, ``floor``)."""
        tests = [f"e.status = '{self.status}'"] if self.status else []
        if self.coarse:
            tests.append("e.precision <> 'day'")
        tests += ["e.date_lo <= ?", f"e.{'date_lo' if self.on_lo else 'date_hi'} >= ?"]
        return f"({' AND '.join(tests)})"

    def params(self) -> tuple[str, str]:
        return self.lo_max, self.floor

    def holds(self, event: EventState) -> bool:
        """True when :meth:`sql` is true of the event (NULLs compare false, as in SQL)."""
        bound = event.date_lo if self.on_lo else event.date_hi
        if event.date_lo is None or bound is None:
            return False
        if self.status is not None and event.status != self.status:
            return False
        if self.coarse and (event.precision is None or event.precision == "day"):
            return False
        return event.date_lo <= self.lo_max and bound >= self.floor


class CandidateIndex:
    """The answers of a batch's candidate queries and the events the batch wrote since."""

    def __init__(self) -> None:
        self._answers: dict[Query, Callable[[], list[Row]]] = {}
        self._written: dict[int, _Written] = {}

    def clear(self) -> None:
        """Forget the answers and the written events (a new batch, or a rollback)."""
        self._answers.clear()
        self._written.clear()

    def ask(self, db: Backend, sql: str, params: Sequence[object]) -> None:
        """Send a candidate query now (:meth:`~dateline.store.backend.Backend.query_later`);
        its rows are read with the first answer wanted. A query asked twice is sent once."""
        key = (sql, tuple(params))
        if key in self._answers:
            return
        later = db.query_later(sql, params)
        read: list[list[Row]] = []

        def rows() -> list[Row]:
            if not read:
                read.append(later())
            return read[0]
        self._answers[key] = rows

    def created(self, event_id: int, state: EventState) -> None:
        """The batch created event ``event_id`` (no countries or actors yet)."""
        self._written[event_id] = _Written(state, set(), set(), set(), set())

    def touched(self, event_id: int, state: EventState | None, *,
                recounted: bool = False) -> None:
        """The batch wrote event ``event_id``'s row (as it is now; None: deleted);
        ``recounted``: its countries were deleted and written again."""
        written = self._written.setdefault(event_id, _Written(state))
        written.state = state
        if recounted:
            written.countries = None

    def linked(self, event_id: int, *, countries: Iterable[str] = (),
               actors: Iterable[int] = (), persons: Iterable[int] = ()) -> None:
        """The batch gave event ``event_id`` rows of event_countries or event_actors
        (``persons``: those of the actors who are people)."""
        written = self._written.get(event_id)
        if written is not None and written.known():
            assert written.countries is not None and written.actors is not None
            assert written.persons is not None
            written.countries.update(countries)
            written.actors.update(actors)
            written.persons.update(persons)

    def reported(self, event_id: int, article_id: int, local_id: str) -> None:
        """The batch gave event ``event_id`` a report (a row of event_sources)."""
        written = self._written.get(event_id)
        if written is not None and written.reports is not None:
            written.reports.add((article_id, local_id))

    def kept(self, event_id: int, tally: str) -> None:
        """The batch wrote event ``event_id``'s tally."""
        written = self._written.get(event_id)
        if written is not None and written.known():
            written.tally = tally

    def grown(self, event_id: int, article_id: int, local_id: str) -> tuple[str, bool] | None:
        """For a report ``local_id`` of article ``article_id`` just added to event
        ``event_id``: the event's tally and whether the article reports the event otherwise
        too (what the writer reads for it), when the batch created the event; else None."""
        written = self._written.get(event_id)
        if written is None or not written.known() or written.tally is None:
            return None
        assert written.reports is not None
        return written.tally, any(article == article_id and local != local_id
                                  for article, local in written.reports)

    def rows(self, sql: str, params: Sequence[object], report: EventCandidate,
             windows: Sequence[Window]) -> list[Row] | None:
        """The rows the query (asked before) for ``report`` reads now, or None when the index
        cannot tell (not asked, or an event the batch wrote may be among them: run it)."""
        answer = self._answers.get((sql, tuple(params)))
        if answer is None:
            return None
        now: list[Row] = []
        for event_id, written in self._written.items():
            if written.in_windows(report.kind, windows):
                if not written.known():
                    return None
                if written.shares(report):
                    now += written.rows(event_id)
        rows = [row for row in answer() if row["id"] not in self._written] + now
        rows.sort(key=lambda row: int(row["id"]))  # the query's order (stable: by event)
        return rows
