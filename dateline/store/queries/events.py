"""Read queries over canonical events: lists with filters, one event with its evidence,
events between two parties, and the calendar of planned engagements."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dateline.gazetteer import fold
from dateline.store.backend import Backend, Row
from dateline.store.models import (
    ActorRef,
    Calendar,
    CalendarMonth,
    EventDetail,
    EventSource,
    EventSummary,
    Evidence,
    HistoryEntry,
    Page,
)
from dateline.store.queries.common import (
    DateLike,
    actor_ref,
    article_ref,
    bounds,
    built,
    date_value,
    marks,
    place_value,
)

if TYPE_CHECKING:
    from dateline.resolve.places import PlaceQuery

__all__ = ["EventFilter", "calendar", "event_where", "events_between", "get_event",
           "list_events", "page_of", "summaries"]

Party = int | str
ORDER = "ORDER BY e.date_lo DESC NULLS LAST, e.id DESC"
# the same order, but not from the date_lo index (|| '': an expression no index provides)
RECENT_ORDER = "ORDER BY e.date_lo || '' DESC NULLS LAST, e.id DESC"
RECENT_DAYS = 400


class EventFilter:
    """Builds the WHERE clause shared by event lists, exports and the network."""

    def __init__(self, db: Backend) -> None:
        self.db = db
        self.clauses: list[str] = []
        self.params: list[Any] = []
        self.driver: tuple[int, str, str, Any] | None = None
        self.until: str | None = None  # the period's last day (e.date_lo <= until)
        self.order = ORDER
        self.capped = False  # a candidate set was cut (search): totals are lower bounds

    def add(self, clause: str, *params: Any) -> EventFilter:
        self.clauses.append(clause)
        self.params.extend(params)
        return self

    def party(self, party: Party) -> EventFilter:
        """An actor id (int, or digits) or a country code takes part.

        The first party also becomes the filter's *driver*: its (party, date) index lists the
        events newest first, so a page of a big actor's events reads only that page."""
        value: int | str
        if isinstance(party, int) or str(party).isdigit():
            table, column, value = "event_actors", "actor_id", int(party)
        else:
            table, column, value = "event_countries", "country", str(party).upper()
        if self.driver is None:
            self.driver = (len(self.clauses), table, column, value)
        return self.add(f"e.id IN (SELECT event_id FROM {table} WHERE {column} = ?)", value)

    def actor_named(self, kind: str, value: Party) -> EventFilter:
        if isinstance(value, int) or str(value).isdigit():
            return self.party(value)
        return self.add("e.id IN (SELECT x.event_id FROM event_actors x WHERE x.actor_id IN "
                        "(SELECT p.id FROM actors p WHERE p.kind = ? AND p.search_name LIKE ?))",
                        kind, f"%{fold(str(value))}%")

    def held_at(self, where: PlaceQuery) -> EventFilter:
        """Events held at a place: in a country, or in a city (its folded name, or a word
        sequence of it: :meth:`dateline.resolve.places.PlaceQuery.matches` in SQL)."""
        if where.country is not None:
            return self.add("upper(e.place_country) = ?", where.country)
        if not where.city:
            return self.add("1 = 0")
        return self.add("(e.place_key = ? OR ' ' || e.place_key || ' ' LIKE ?)", where.city,
                        f"% {where.city} %")

    def others(self) -> tuple[list[str], list[Any]]:
        """The clauses and parameters other than the driver's."""
        if self.driver is None:
            return self.clauses, self.params
        skip, clauses, params, at = self.driver[0], [], [], 0
        for index, clause in enumerate(self.clauses):
            n = clause.count("?")
            if index != skip:
                clauses.append(clause)
                params.extend(self.params[at:at + n])
            at += n
        return clauses, params

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def event_where(db: Backend, *, kind: str | Sequence[str] | None = None,
                country: str | None = None, person: Party | None = None,
                organization: Party | None = None, status: str | None = None,
                since: DateLike = None, until: DateLike = None, source: str | int | None = None,
                q: str | None = None, place: PlaceQuery | None = None) -> EventFilter:
    """The filter for the given criteria (all optional, combined with AND)."""
    where = EventFilter(db)
    if kind:
        kinds = [kind] if isinstance(kind, str) else list(kind)
        where.add(f"e.kind IN ({marks(kinds)})", *kinds)
    if country:
        where.party(country)
    if person is not None:
        where.actor_named("person", person)
    if organization is not None:
        where.actor_named("organization", organization)
    if status:
        where.add("e.status = ?", status)
    lo, hi = bounds(since, until)
    if lo and lo >= (dt.date.today() - dt.timedelta(days=RECENT_DAYS)).isoformat():
        # a recent period: its events (date_hi >= since) are few, read them from the date_hi
        # indexes and sort them, rather than walk all older events down from the period's end
        where.add("e.date_hi >= ?", lo)
        where.order = RECENT_ORDER
    elif lo:  # an older start matches most events: walk newest first, the date_hi test per row
        where.add("e.date_hi || '' >= ?", lo)  # (|| '': no index on date_hi for this)
    if hi:
        where.add("e.date_lo <= ?", hi)
        where.until = hi
    if source is not None:
        if isinstance(source, int):
            where.add("e.id IN (SELECT s.event_id FROM event_sources s WHERE s.article_id = ?)",
                      source)
        else:
            where.add("e.id IN (SELECT s.event_id FROM event_sources s JOIN articles a ON a.id = "
                      "s.article_id WHERE LOWER(a.source) = LOWER(?))", source)
    if q and q.strip():
        _matching(db, where, q)
    if place is not None:
        where.held_at(place)
    return where


# Search candidates: events reported by the newest matching articles, events of the actors whose
# name matches (their newest), events whose name or place starts with the query.
SEARCH_ARTICLES = 2000
SEARCH_ACTOR_EVENTS = 2000


def _matching(db: Backend, where: EventFilter, q: str) -> None:
    """Events whose name, place, participants or reporting articles match ``q``: a union of
    indexed candidate sets (never a scan of every event)."""
    folded = fold(q)
    fts = db.fts_match_sql(limit=SEARCH_ARTICLES)
    where.add(
        "e.id IN (SELECT event_id FROM event_sources WHERE article_id IN "
        f"(SELECT id FROM ({fts}) f) "
        "UNION SELECT event_id FROM (SELECT x.event_id, x.date_lo FROM event_actors x "
        "WHERE x.actor_id IN (SELECT p.id FROM actors p WHERE p.search_name LIKE ?) "
        "ORDER BY x.date_lo DESC NULLS LAST, x.event_id DESC LIMIT ?) ax "
        "UNION SELECT id FROM events WHERE name_key >= ? AND name_key < ? "
        "UNION SELECT id FROM events WHERE LOWER(place_name) >= ? AND LOWER(place_name) < ?)",
        db.fts_query(q), f"%{folded}%", SEARCH_ACTOR_EVENTS, folded, folded + "\U0010ffff",
        folded, folded + "\U0010ffff")
    where.capped = True


def summaries(db: Backend, rows: Sequence[Row], cls: type[EventSummary] = EventSummary
              ) -> list[EventSummary]:
    """Event rows (``SELECT e.*``) to summaries with their canonical participants."""
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    sides: dict[int, dict[str, dict[int, ActorRef]]] = defaultdict(lambda: defaultdict(dict))
    for row in db.query(
            "SELECT DISTINCT x.event_id, x.role, a.id, a.kind, a.name, a.title, a.country "
            f"FROM event_actors x JOIN actors a ON a.id = x.actor_id WHERE x.event_id IN "
            f"({marks(ids)}) ORDER BY a.id", ids):
        sides[row["event_id"]][row["role"]][row["id"]] = actor_ref(row)
    items = []
    for row in rows:  # model_construct: rows of our own schema (validation is half the cost)
        side = sides[row["id"]]
        named = set(side["source"]) | set(side["recipient"])
        items.append(built(cls,
            id=row["id"], kind=row["kind"], type=row["type"], mode=row["mode"],
            status=row["status"], name=row["name"], date=date_value(row),
            place=place_value(row), countries=[c for c in row["countries"].split(";") if c],
            confidence=row["confidence"], n_sources=row["n_sources"],
            source=list(side["source"].values()), recipient=list(side["recipient"].values()),
            participants=[a for i, a in side["participant"].items() if i not in named],
            first_reported=row["first_reported"], last_reported=row["last_reported"]))
    return items


def list_events(db: Backend, *, kind: str | Sequence[str] | None = None,
                country: str | None = None, person: Party | None = None,
                organization: Party | None = None, status: str | None = None,
                since: DateLike = None, until: DateLike = None, source: str | int | None = None,
                q: str | None = None, limit: int = 50, offset: int = 0,
                place: PlaceQuery | None = None) -> Page[EventSummary]:
    """Canonical events matching every given filter, newest first, one page at a time."""
    where = event_where(db, kind=kind, country=country, person=person,
                        organization=organization, status=status, since=since, until=until,
                        source=source, q=q, place=place)
    return page_of(db, where, limit, offset)


COUNT_CAP = 10_000


def page_of(db: Backend, where: EventFilter, limit: int, offset: int) -> Page[EventSummary]:
    """One page of the filtered events, newest first, with the total counted up to
    ``COUNT_CAP`` (or the end of the page, if further): beyond it ``total_capped`` is set."""
    limit, offset = max(0, limit), max(0, offset)
    cap = max(COUNT_CAP, offset + limit)
    if where.driver is None and where.capped:  # search: the candidate union is run once
        ids = [r["id"] for r in db.query(f"SELECT e.id FROM events e {where.sql()} "
                                         f"{where.order} LIMIT ?", [*where.params, cap + 1])]
        total, chosen = len(ids), ids[offset:offset + limit]
        rows = db.query(f"SELECT e.* FROM events e WHERE e.id IN ({marks(chosen)}) "
                        f"{where.order}", chosen) if chosen else []
    elif where.driver is None:
        total = int(db.scalar(f"SELECT COUNT(*) FROM (SELECT 1 FROM events e {where.sql()} "
                              "LIMIT ?) t", [*where.params, cap + 1]) or 0)
        rows = db.query(f"SELECT e.* FROM events e {where.sql()} {where.order} LIMIT ? "
                        "OFFSET ?", [*where.params, limit, offset])
    else:  # walk the driver's (party, date) index newest first; check the rest per event
        _, table, column, value = where.driver
        clauses, others = where.others()
        conds, params = [f"x.{column} = ?"], [value]
        if where.until is not None:  # x.date_lo is e.date_lo: start the index range there
            conds.append("x.date_lo <= ?")
            params.append(where.until)
        if clauses:
            source = (f"FROM {table} x CROSS JOIN events e WHERE e.id = x.event_id AND "
                      + " AND ".join(conds + clauses))
            params.extend(others)
        else:
            source = f"FROM {table} x WHERE " + " AND ".join(conds)
        # an event has a country once (its primary key), an actor once per role and report
        once = "DISTINCT " if table == "event_actors" else ""
        total = int(db.scalar(f"SELECT COUNT(*) FROM (SELECT {once}x.event_id {source} "
                              "LIMIT ?) t", [*params, cap + 1]) or 0)
        rows = db.query(
            f"SELECT e.* FROM events e WHERE e.id IN (SELECT event_id FROM (SELECT {once}"
            f"x.event_id, x.date_lo {source} ORDER BY x.date_lo DESC NULLS LAST, "
            f"x.event_id DESC LIMIT ? OFFSET ?) t) {ORDER}", [*params, limit, offset])
    return Page[EventSummary](items=summaries(db, rows), total=min(total, cap + 1), limit=limit,
                              offset=offset, total_capped=total > cap or where.capped)


def get_event(db: Backend, event_id: int) -> EventDetail | None:
    """One event with participants, every reporting article's evidence and its status history."""
    row = db.query_one("SELECT e.* FROM events e WHERE e.id = ?", (event_id,))
    if row is None:
        return None
    detail = summaries(db, [row], EventDetail)[0]
    assert isinstance(detail, EventDetail)
    grouped: dict[int, EventSource] = {}
    for src in db.query(
            "SELECT s.*, a.id AS a_id, a.key AS a_key, a.doc_id AS a_doc_id, a.url AS a_url, "
            "a.source AS a_source, a.title AS a_title, a.published AS a_published, a.lang AS a_lang "
            "FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = ? "
            "ORDER BY a.published NULLS LAST, a.id, s.id", (event_id,)):
        entry = grouped.setdefault(src["article_id"], EventSource(
            article=article_ref(src, "a_"), evidence=[]))
        entry.evidence.append(Evidence(
            local_id=src["local_id"], status=src["status"], date=date_value(src, False),
            date_text=src["date_text"], trigger_text=src["trigger_text"],
            trigger_start=src["trigger_start"], trigger_end=src["trigger_end"],
            sentence_text=src["sentence_text"], sentence_start=src["sentence_start"],
            sentence_end=src["sentence_end"], confidence=src["confidence"]))
    detail.sources = list(grouped.values())
    detail.history = [HistoryEntry(
        article_id=h["article_id"], url=h["url"], reported_on=h["reported_on"],
        status=h["status"], date=date_value(h, False), recorded_at=h["recorded_at"],
    ) for h in db.query(
        "SELECT h.*, a.url FROM event_history h JOIN articles a ON a.id = h.article_id "
        "WHERE h.event_id = ? ORDER BY h.reported_on NULLS FIRST, h.id", (event_id,))]
    return detail


def events_between(db: Backend, a: Party, b: Party, *, limit: int = 100,
                   offset: int = 0) -> Page[EventSummary]:
    """Events in which both parties (actor ids or country codes) take part, newest first."""
    where = EventFilter(db).party(a).party(b)
    return page_of(db, where, limit, offset)


def calendar(db: Backend, since: DateLike = None, until: DateLike = None, *,
             country: str | None = None, place: PlaceQuery | None = None) -> Calendar:
    """Planned engagements (and invitations), by month of their expected date."""
    where = event_where(db, since=since, until=until, country=country, place=place)
    lo, hi = bounds(since, until)
    period = "".join([" AND date_hi >= ?" if lo else "", " AND date_lo <= ?" if hi else ""])
    dates = [d for d in (lo, hi) if d]
    # one indexed range each (status or kind, then date_hi), not an OR over every event
    where.add(f"e.id IN (SELECT id FROM events WHERE status = 'planned'{period} UNION "
              f"SELECT id FROM events WHERE kind = 'invitation'{period})", *dates, *dates)
    rows = db.query(f"SELECT e.* FROM events e {where.sql()} "
                    "ORDER BY e.date_lo NULLS LAST, e.id", where.params)
    months: dict[str, list[EventSummary]] = defaultdict(list)
    for item in summaries(db, rows):
        months[(item.date.start or "undated")[:7]].append(item)
    order = sorted(months, key=lambda m: (m == "undated", m))
    return Calendar(months=[CalendarMonth(month=m, events=months[m]) for m in order])
