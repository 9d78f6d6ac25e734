"""The rows a batch's event reports add, held and written one statement per table.

Each reported event adds a row to ``event_sources``, its actors to ``event_actors``, a line of
``event_history``, its new countries to ``event_countries`` and its event's running tally to
``event_tallies``: five statements or more per report, each one a statement to send and run on a
client/server database. :class:`EventRows` holds them instead and writes them when the writer is
about to read or change those tables otherwise (:meth:`EventRows.flush`: before every read of
the event tables, every UPDATE or DELETE of them, and at the end of the batch), each table's
rows in the order they came and the tables in the order the rows refer to each other, so every
table ends up as the statements one at a time leave it, ids included.
"""

from __future__ import annotations

from collections.abc import Sequence

from dateline.store.backend import Backend, json_rows_parameter

__all__ = ["SOURCE_COLUMNS", "EventRows"]

SOURCE_COLUMNS = (
    "event_id, article_id, local_id, kind, type, mode, status, date_start, date_end, date_text, "
    "published, place_name, place_country, lat, lon, countries, name, confidence, trigger_text, "
    "trigger_start, trigger_end, sentence_start, sentence_end, sentence_text")

# an event_actors row before its report's row has an id: the report is (article, local id)
_ACTOR_ROWS = (("actor_id", "bigint"), ("role", "text"), ("article_id", "bigint"),
               ("local_id", "text"))


class EventRows:
    """The event rows of a batch not written yet."""

    def __init__(self, db: Backend) -> None:
        self.db = db
        self._sources: list[Sequence[object]] = []
        self._actors: list[tuple[int, str, int, str]] = []
        self._history: list[Sequence[object]] = []
        self._countries: list[tuple[int, str, str | None, str]] = []
        self._tallies: dict[int, str] = {}  # event -> its tally now (the last one written)

    def clear(self) -> None:
        """Drop what is held (the batch rolled back)."""
        self._sources.clear()
        self._actors.clear()
        self._history.clear()
        self._countries.clear()
        self._tallies.clear()

    def source(self, row: Sequence[object]) -> None:
        """A row of ``event_sources`` (:data:`SOURCE_COLUMNS`)."""
        self._sources.append(row)

    def actor(self, actor_id: int, role: str, article_id: int, local_id: str) -> None:
        """An actor of the report ``local_id`` of article ``article_id`` (held before it);
        the row takes the report's id and its event's date and kind when written."""
        self._actors.append((actor_id, role, article_id, local_id))

    def history(self, row: Sequence[object]) -> None:
        """A row of ``event_history`` (event, article, status, date start and end, reported
        on, recorded at); one per event and article, the first kept."""
        self._history.append(row)

    def country(self, event_id: int, code: str, date_lo: str | None, kind: str) -> None:
        """A country of an event (kept once)."""
        self._countries.append((event_id, code, date_lo, kind))

    def tally(self, event_id: int, tally: str) -> None:
        """An event's running tally (the last one given is stored)."""
        self._tallies.pop(event_id, None)
        self._tallies[event_id] = tally

    def flush(self) -> None:
        """Write what is held: the reports first, then what refers to them."""
        db = self.db
        if self._sources:
            db.insert_rows("event_sources", SOURCE_COLUMNS, self._sources)
            self._sources = []
        if self._actors:
            # the reports found by their articles through the (article_id, local_id) index,
            # however many rows the planner thinks the table has (in a long batch its counts
            # lag: a join would scan every report of the store for each batch)
            rows = json_rows_parameter(self._actors)
            db.execute(
                "INSERT INTO event_actors (source_id, event_id, actor_id, role, date_lo, kind) "
                f"SELECT s.id, s.event_id, u.actor_id, u.role, e.date_lo, e.kind FROM "
                f"{db.json_rows(_ACTOR_ROWS)} AS u JOIN event_sources s ON s.article_id = "
                "u.article_id AND s.local_id = u.local_id JOIN events e ON e.id = s.event_id "
                f"WHERE {db.json_member('s.article_id', 2, 'bigint')} ORDER BY u.row_order",
                (rows, rows))
            self._actors = []
        if self._history:
            db.insert_rows("event_history", "event_id, article_id, status, date_start, "
                           "date_end, reported_on, recorded_at", self._history,
                           conflict="ON CONFLICT DO NOTHING")
            self._history = []
        if self._countries:
            db.insert_rows("event_countries", "event_id, country, date_lo, kind",
                           self._countries, conflict="ON CONFLICT DO NOTHING")
            self._countries = []
        if self._tallies:
            db.insert_rows("event_tallies", "event_id, tally", list(self._tallies.items()),
                           conflict="ON CONFLICT (event_id) DO UPDATE SET tally = excluded.tally")
            self._tallies = {}
