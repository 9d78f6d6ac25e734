"""Writing canonical events: match each reported event to a known engagement, or start one.

Runs inside the writer's transaction. Candidates are the events of the same kind with
compatible dates that share a country or an actor (or, for gatherings, the name);
:func:`dateline.resolve.events.match_event` picks the one the report describes. After a report is
added, it is folded into the event's running tally (:class:`dateline.resolve.event_tally.EventTally`,
kept in ``event_tallies``), which gives the canonical fields without reading the event's other
reports; after a report is removed, they are recomputed from all the remaining reports
(:func:`dateline.resolve.events.aggregate`), so removing a report is as easy as adding one.

A report with no date at all (none in the text, no publication date) has no candidates: nothing
tells whether two such reports are one engagement, so it is an event of its own - unless it is
the same text as a stored article, whose event it joins (:mod:`dateline.store.twins`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from dateline.gazetteer import fold, name_key
from dateline.record import Event, Record
from dateline.resolve.dates import DateRange, shifted
from dateline.resolve.event_tally import EventTally
from dateline.resolve.events import (
    PLANNED_HORIZON_DAYS,
    CanonicalEvent,
    EventCandidate,
    EventReport,
    aggregate,
    effective_range,
    match_event,
)
from dateline.store.backend import Backend, Row, json_rows_parameter
from dateline.store.event_index import CandidateIndex, EventState, Window
from dateline.store.event_rows import EventRows
from dateline.store.twins import Twin

__all__ = ["EventWriter", "place_key"]


_CANONICAL_COLUMNS = (
    "kind, type, mode, status, name, name_key, date_start, date_end, precision, date_lo, "
    "date_hi, place_name, place_key, place_country, lat, lon, countries, confidence, n_sources, "
    "first_reported, last_reported")


def _canonical_values(canon: CanonicalEvent) -> tuple[object, ...]:
    """The values of ``_CANONICAL_COLUMNS`` for an event."""
    return (canon.kind, canon.type, canon.mode, canon.status, canon.name,
            name_key(canon.name) if canon.name else None, canon.date_start, canon.date_end,
            canon.precision, canon.date_lo, canon.date_hi, canon.place_name,
            place_key(canon.place_name), canon.place_country, canon.lat, canon.lon,
            ";".join(canon.countries), canon.confidence, canon.n_sources, canon.first_reported,
            canon.last_reported)


def _source_report(event: Event, article_id: int, published: str | None) -> EventReport:
    """The report ``_add_source`` stores for ``event``, as :meth:`EventWriter.refresh` reads it
    back (a new event's only one)."""
    place, date = event.place, event.date
    return EventReport(
        kind=event.kind, type=event.type, mode=event.mode, status=event.status,
        date_start=date.start if date else None, date_end=date.end if date else None,
        published=published, countries=sorted(set(event.countries)),
        place_name=place.name if place else None, place_country=place.country if place else None,
        lat=place.lat if place else None, lon=place.lon if place else None, name=event.name,
        confidence=event.confidence, order=0, article=article_id)


def _state(canon: CanonicalEvent) -> EventState:
    """What the candidate query tests of the event row written for ``canon``."""
    return EventState(canon.kind, canon.status, canon.precision, canon.date_lo, canon.date_hi,
                      name_key(canon.name) if canon.name else None, canon.place_name,
                      canon.place_country, canon.name, ";".join(canon.countries))


def place_key(name: str | None) -> str | None:
    """The folded place name the place filters compare (``events.place_key``)."""
    return fold(name) if name else None


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split(";") if v]


class EventWriter:
    """Resolves and records the events of one article at a time."""

    def __init__(self, db: Backend) -> None:
        self.db = db
        self.index = CandidateIndex()  # the batch's candidate queries, asked at once
        self.rows = EventRows(db)  # the rows its reports add, written a table at a time

    def _report(self, event: Event, actors: Mapping[str, int], person_ids: set[int],
                published: str | None) -> EventCandidate:
        date = event.date
        ids = {actors[a] for a in [*event.source, *event.recipient, *event.participants]
               if a in actors}
        return EventCandidate(
            kind=event.kind, status=event.status,
            dates=effective_range(date.start if date else None, date.end if date else None,
                                  event.status, published),
            persons=frozenset(ids & person_ids),
            countries=frozenset(event.countries),
            place_name=event.place.name if event.place else None,
            place_country=event.place.country if event.place else None,
            name=event.name,
        )

    def candidate_query(self, report: EventCandidate
                        ) -> tuple[str, list[object], list[Window]] | None:
        """The query of :meth:`candidates` for ``report`` (SQL, parameters and the date windows
        it tests), or None when it has none: same kind, dates within a day (or a plan and its
        realisation), a shared country, actor or gathering name."""
        if report.dates is None:
            return None
        lo, hi = report.dates.lo, report.dates.hi
        horizon = PLANNED_HORIZON_DAYS
        windows = [Window(shifted(hi, 1).isoformat(), shifted(lo, -1).isoformat())]
        if report.status == "occurred":  # a month/year-precise plan it fulfils
            windows.append(Window(shifted(lo, 31).isoformat(), shifted(lo, -horizon).isoformat(),
                                  status="planned", coarse=True))
        elif report.dates.coarse:  # the event that fulfilled this month/year-precise plan
            windows.append(Window(shifted(hi, horizon).isoformat(), shifted(lo, -31).isoformat(),
                                  status="occurred", on_lo=True))
        params: list[object] = [report.kind, *(p for w in windows for p in w.params())]
        countries, persons = sorted(report.countries), sorted(report.persons)
        if not (countries or persons or report.name_key):
            return None
        if self.db.dialect == "postgresql":
            return self._stable_query(windows, params, countries, persons,
                                      report.name_key or None)
        tests = []
        if countries:
            tests.append("EXISTS (SELECT 1 FROM event_countries c WHERE c.event_id = e.id AND "
                         f"c.country IN ({','.join('?' * len(countries))}))")
            params += countries
        if persons:
            tests.append("EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND "
                         f"a.actor_id IN ({','.join('?' * len(persons))}))")
            params += persons
        if report.name_key:
            tests.append("e.name_key = ?")
            params.append(report.name_key)
        # each event once per person taking part (or once, with none): one round trip; DISTINCT,
        # as each report of the event lists its people again
        sql = ("SELECT DISTINCT e.id, e.kind, e.status, e.date_lo, e.date_hi, e.precision, "
               "e.place_name, e.place_country, e.name, e.countries, p.id AS person FROM events e "
               "LEFT JOIN event_actors a ON a.event_id = e.id LEFT JOIN actors p ON p.id = "
               f"a.actor_id AND p.kind = 'person' WHERE e.kind = ? AND "
               f"({' OR '.join(w.sql() for w in windows)}) AND ({' OR '.join(tests)}) "
               "ORDER BY e.id")
        return sql, params, windows

    def _stable_query(self, windows: list[Window], params: list[object], countries: list[str],
                      persons: list[int], name: str | None
                      ) -> tuple[str, list[object], list[Window]]:
        """:meth:`candidate_query` on PostgreSQL: one SQL text per form of the windows, the
        countries and people as JSON parameters and every test written (an empty list or no
        name matches nothing), so the server prepares it once and plans it once
        (psycopg prepares a text run five times; planning the texts of every count of
        countries and people was 4 % of an ingest's server time). The same rows."""
        sql = ("SELECT DISTINCT e.id, e.kind, e.status, e.date_lo, e.date_hi, e.precision, "
               "e.place_name, e.place_country, e.name, e.countries, p.id AS person FROM events e "
               "LEFT JOIN event_actors a ON a.event_id = e.id LEFT JOIN actors p ON p.id = "
               f"a.actor_id AND p.kind = 'person' WHERE e.kind = ? AND "
               f"({' OR '.join(w.sql() for w in windows)}) AND (EXISTS (SELECT 1 FROM "
               "event_countries c WHERE c.event_id = e.id AND "
               f"{self.db.json_member('c.country', 0, 'text')}) OR EXISTS (SELECT 1 FROM "
               "event_actors a WHERE a.event_id = e.id AND "
               f"{self.db.json_member('a.actor_id', 0, 'bigint')}) OR e.name_key = ?) "
               "ORDER BY e.id")
        return sql, [*params, json_rows_parameter([c] for c in countries),
                     json_rows_parameter([p] for p in persons), name], windows

    def ask(self, report: EventCandidate) -> None:
        """Send the query of :meth:`candidates` for ``report`` now, to be read with the others
        asked (:class:`~dateline.store.event_index.CandidateIndex`)."""
        query = self.candidate_query(report)
        if query is not None:
            self.index.ask(self.db, query[0], query[1])

    def candidates(self, report: EventCandidate) -> list[EventCandidate]:
        """Known events that could be the one ``report`` describes (before the fine checks):
        :meth:`candidate_query`'s, from the batch's answers when they can tell."""
        query = self.candidate_query(report)
        if query is None:
            return []
        sql, params, windows = query
        rows = self.index.rows(sql, params, report, windows)
        if rows is None:
            self.rows.flush()
            rows = self.db.query(sql, params)
        events: dict[int, Row] = {}
        people: dict[int, set[int]] = {}
        for row in rows:
            events.setdefault(row["id"], row)
            found = people.setdefault(row["id"], set())
            if row["person"] is not None:
                found.add(row["person"])
        return [self._candidate(row, people[event]) for event, row in events.items()]

    @staticmethod
    def _candidate(row: Row, persons: set[int]) -> EventCandidate:
        dates = DateRange(dt.date.fromisoformat(row["date_lo"]),
                          dt.date.fromisoformat(row["date_hi"]), row["precision"] or "day")
        return EventCandidate(
            kind=row["kind"], status=row["status"], dates=dates, persons=frozenset(persons),
            countries=frozenset(_split(row["countries"])), place_name=row["place_name"],
            place_country=row["place_country"], name=row["name"], id=row["id"])

    def ask_record(self, record: Record, published: str | None, actors: Mapping[str, int],
                   person_ids: set[int], twin: Twin | None = None) -> None:
        """Ask now the candidate queries :meth:`add_record` will run for ``record`` (the same
        arguments), so a batch's go out together and are read in one round trip."""
        for event in record.events:
            if twin is None or twin.event(event) is None:
                self.ask(self._report(event, actors, person_ids, published))

    def add_record(self, article_id: int, record: Record, text: str, published: str | None,
                   actors: Mapping[str, int], person_ids: set[int],
                   twin: Twin | None = None) -> dict[str, int]:
        """Store every event of ``record``; return the canonical event of each (by local id).

        An event the earlier copy of the same text told (``twin``) joins that copy's event,
        dated or not; the others are matched against the candidates (an event without any date,
        not even a publication date, has none: it is an event of its own)."""
        told: dict[str, int] = {}
        for event in record.events:
            known = twin.event(event) if twin is not None else None
            if known is None:
                report = self._report(event, actors, person_ids, published)
                hit = match_event(report, self.candidates(report))
                known = hit.id if hit is not None else None
            source = _source_report(event, article_id, published)
            if known is not None:
                event_id = known
                self._add_source(event_id, article_id, event, text, published, actors,
                                 person_ids)
                self._grow(event_id, source, event.id)
            else:  # its one report is at hand: no need to read it back
                canon = aggregate([source])
                event_id = self.db.insert_row("events", _CANONICAL_COLUMNS,
                                              _canonical_values(canon))
                self.index.created(event_id, _state(canon))
                self._add_source(event_id, article_id, event, text, published, actors,
                                 person_ids)
                self._add_countries(event_id, canon, canon.countries)
                self._keep(event_id, EventTally.of([source]))
            told[event.id] = event_id
        return told

    def _grow(self, event_id: int, report: EventReport, local_id: str) -> None:
        """Fold ``report`` (just stored as ``local_id`` of its article) into the event's tally
        and write what changed; an event without a tally is re-aggregated instead."""
        found = self.index.grown(event_id, report.article, local_id)  # created in the batch
        if found is None:
            self.rows.flush()
            row = self.db.query_one(
                "SELECT (SELECT tally FROM event_tallies WHERE event_id = ?) AS tally, EXISTS "
                "(SELECT 1 FROM event_sources WHERE article_id = ? AND event_id = ? AND "
                "local_id <> ?) AS seen", (event_id, report.article, event_id, local_id))
            if row is None or row["tally"] is None:
                self.refresh([event_id])
                return
            found = row["tally"], bool(row["seen"])
        tally = EventTally.from_json(found[0])
        before = tally.canonical()
        tally.add(report, new_article=not found[1])
        canon = tally.canonical()
        columns = _CANONICAL_COLUMNS.replace(", ", " = ?, ")
        self.db.execute(f"UPDATE events SET {columns} = ? WHERE id = ?",
                        (*_canonical_values(canon), event_id))
        self.index.touched(event_id, _state(canon))
        if (canon.date_lo, canon.kind) != (before.date_lo, before.kind):
            self._copy_date_and_kind(event_id, canon)
        known = set(before.countries)
        self._add_countries(event_id, canon, [c for c in canon.countries if c not in known])
        self._keep(event_id, tally)

    def _keep(self, event_id: int, tally: EventTally) -> None:
        kept = tally.to_json()
        self.rows.tally(event_id, kept)
        self.index.kept(event_id, kept)

    def flush(self) -> None:
        """Write the rows the batch's reports added and :class:`EventRows` holds (before the
        writer reads or deletes any of them, and at the end of the batch)."""
        self.rows.flush()

    def forget_tallies(self, event_ids: Iterable[int]) -> None:
        """The events lose reports: their next report re-aggregates them (:meth:`refresh`)."""
        ids = sorted(set(event_ids))
        self.rows.flush()
        if ids:
            self.db.execute(f"DELETE FROM event_tallies WHERE event_id IN "
                            f"({','.join('?' * len(ids))})", ids)

    def _copy_date_and_kind(self, event_id: int, canon: CanonicalEvent) -> None:
        """The event's date and kind, copied for the (actor|country, date) indexes of the read
        queries."""
        self.rows.flush()
        self.db.execute("UPDATE event_actors SET date_lo = ?, kind = ? WHERE event_id = ?",
                        (canon.date_lo, canon.kind, event_id))
        self.db.execute("UPDATE event_countries SET date_lo = ?, kind = ? WHERE event_id = ?",
                        (canon.date_lo, canon.kind, event_id))

    def _add_source(self, event_id: int, article_id: int, event: Event, text: str,
                    published: str | None, actors: Mapping[str, int],
                    person_ids: set[int]) -> None:
        place, date, trigger = event.place, event.date, event.trigger
        start, end = event.sentence
        # No id: the report is (article, local id) to the rows that follow, held with it
        self.index.reported(event_id, article_id, event.id)
        self.rows.source(
            (event_id, article_id, event.id, event.kind, event.type, event.mode, event.status,
             date.start if date else None, date.end if date else None,
             date.text if date else None, published,
             place.name if place else None, place.country if place else None,
             place.lat if place else None, place.lon if place else None,
             ";".join(sorted(set(event.countries))), event.name, event.confidence,
             trigger.text, trigger.start, trigger.end, start, end, text[start:end]))
        roles: dict[tuple[int, str], None] = {}
        for role, ids in (("source", event.source), ("recipient", event.recipient)):
            for local in ids:
                if local in actors:
                    roles[(actors[local], role)] = None
        named = {actor for actor, _ in roles}
        for local in event.participants:
            if local in actors and actors[local] not in named:
                roles[(actors[local], "participant")] = None
        for actor, role in roles:
            self.rows.actor(actor, role, article_id, event.id)
        self.index.linked(event_id, actors=[actor for actor, _ in roles],
                          persons=[actor for actor, _ in roles if actor in person_ids])
        self.rows.history(
            (event_id, article_id, event.status, date.start if date else None,
             date.end if date else None, published,
             dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))

    def refresh(self, event_ids: Iterable[int]) -> None:
        """Recompute canonical fields and tallies from all the reports; delete events left
        without any (everything written when it returns)."""
        for event_id in sorted(set(event_ids)):
            self.rows.flush()
            rows = self.db.query(
                "SELECT id, article_id, kind, type, mode, status, date_start, date_end, "
                "published, countries, place_name, place_country, lat, lon, name, confidence "
                "FROM event_sources WHERE event_id = ? ORDER BY id", (event_id,))
            if not rows:
                self.db.execute("DELETE FROM events WHERE id = ?", (event_id,))
                self.index.touched(event_id, None)
                continue
            reports = [EventReport(
                kind=r["kind"], type=r["type"], mode=r["mode"], status=r["status"],
                date_start=r["date_start"], date_end=r["date_end"], published=r["published"],
                countries=_split(r["countries"]), place_name=r["place_name"],
                place_country=r["place_country"], lat=r["lat"], lon=r["lon"], name=r["name"],
                confidence=r["confidence"], order=r["id"], article=r["article_id"],
            ) for r in rows]
            canon = aggregate(reports)
            columns = _CANONICAL_COLUMNS.replace(", ", " = ?, ")
            self.db.execute(f"UPDATE events SET {columns} = ? WHERE id = ?",
                            (*_canonical_values(canon), event_id))
            self.index.touched(event_id, _state(canon), recounted=True)
            self.db.execute("DELETE FROM event_countries WHERE event_id = ?", (event_id,))
            self._copy_date_and_kind(event_id, canon)
            self._add_countries(event_id, canon, canon.countries)
            self._keep(event_id, EventTally.of(reports))
        self.rows.flush()

    def _add_countries(self, event_id: int, canon: CanonicalEvent,
                       countries: Iterable[str]) -> None:
        countries = list(countries)
        for code in countries:
            self.rows.country(event_id, code, canon.date_lo, canon.kind)
        self.index.linked(event_id, countries=countries)
