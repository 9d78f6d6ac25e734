"""The candidate events of a batch's reports, asked in one round trip and kept exact.

Matching a reported event (:meth:`dateline.store.events.EventWriter.candidates`) reads the
known events of its kind whose dates fall in its windows and that share a country, a person or
the gathering's name. One query per report is one round trip per report on a client/server
database; instead the writer resolves the actors of the whole batch first, then asks every
report's query at once (:meth:`CandidateIndex.ask`: sent together, read in one round trip) and
answers each report from them in order.

The answers were read before the batch wrote its events, so the index keeps the state of each
event the batch has written since (:meth:`CandidateIndex.touched`): an answer leaves those
events out, and when one of them may now be a candidate of the report the index cannot tell and
the writer runs the query (:meth:`CandidateIndex.rows` returns None). May be: of the report's
kind, in one of its windows (:class:`Window` tests an event's state as the SQL does) and, for an
event the batch created (whose countries and actors it wrote all of), sharing a country, an
actor or the name; an event stored before the batch may have countries and actors the index
does not know. Events the batch did not write are as they were when the query was read, so the
rest of the answer is what the query would read now.
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
    """What the candidate query tests of an event row besides its countries, people and name."""

    kind: str
    status: str
    precision: str | None
    date_lo: str | None
    date_hi: str | None
    name_key: str | None


@dataclass(slots=True)
class _Written:
    """An event the batch wrote: its row now, and its countries and actors when the batch
    created it (None: an event stored before, with rows the index has not read)."""

    state: EventState | None  # None: deleted
    countries: set[str] | None = None
    actors: set[int] | None = None

    def may_match(self, kind: str, windows: Sequence[Window], countries: Iterable[str],
                  persons: Iterable[int], name_key: str | None) -> bool:
        state = self.state
        if state is None or state.kind != kind or not any(w.holds(state) for w in windows):
            return False
        if self.countries is None or self.actors is None:
            return True
        return (not self.countries.isdisjoint(countries) or not self.actors.isdisjoint(persons)
                or (name_key is not None and state.name_key == name_key))


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
        self._written[event_id] = _Written(state, set(), set())

    def touched(self, event_id: int, state: EventState | None) -> None:
        """The batch wrote event ``event_id``'s row (as it is now; None: deleted)."""
        written = self._written.setdefault(event_id, _Written(state))
        written.state = state

    def linked(self, event_id: int, *, countries: Iterable[str] = (),
               actors: Iterable[int] = ()) -> None:
        """The batch gave event ``event_id`` rows of event_countries or event_actors."""
        written = self._written.get(event_id)
        if written is not None and written.countries is not None and written.actors is not None:
            written.countries.update(countries)
            written.actors.update(actors)

    def rows(self, sql: str, params: Sequence[object], report: EventCandidate,
             windows: Sequence[Window]) -> list[Row] | None:
        """The rows the query (asked before) for ``report`` reads now, or None when the index
        cannot tell (not asked, or an event the batch wrote may be among them: run it)."""
        answer = self._answers.get((sql, tuple(params)))
        if answer is None:
            return None
        if any(w.may_match(report.kind, windows, report.countries, report.persons,
                           report.name_key) for w in self._written.values()):
            return None
        return [row for row in answer() if row["id"] not in self._written]
