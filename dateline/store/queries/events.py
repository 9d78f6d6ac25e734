"""Read queries over canonical events: lists with filters, one event with its evidence,
events between two parties, and the calendar of planned engagements."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from dateline.resolve.names import fold
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
    date_value,
    marks,
    place_value,
)

__all__ = ["EventFilter", "calendar", "event_where", "events_between", "get_event",
           "list_events", "summaries"]

Party = int | str
ORDER = "ORDER BY e.date_lo DESC NULLS LAST, e.id DESC"


class EventFilter:
    """Builds the WHERE clause shared by event lists, exports and the network."""

    def __init__(self, db: Backend) -> None:
        self.db = db
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> EventFilter:
        self.clauses.append(clause)
        self.params.extend(params)
        return self

    def party(self, party: Party) -> EventFilter:
        """An actor id (int, or digits) or a country code takes part."""
        if isinstance(party, int) or str(party).isdigit():
            return self.add("EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND "
                            "x.actor_id = ?)", int(party))
        return self.add("EXISTS (SELECT 1 FROM event_countries x WHERE x.event_id = e.id AND "
                        "x.country = ?)", str(party).upper())

    def actor_named(self, kind: str, value: Party) -> EventFilter:
        if isinstance(value, int) or str(value).isdigit():
            return self.party(value)
        return self.add("EXISTS (SELECT 1 FROM event_actors x JOIN actors p ON p.id = x.actor_id "
                        "WHERE x.event_id = e.id AND p.kind = ? AND p.search_name LIKE ?)",
                        kind, f"%{fold(str(value))}%")

    def sql(self) -> str:
        return ("WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def event_where(db: Backend, *, kind: str | Sequence[str] | None = None,
                country: str | None = None, person: Party | None = None,
                organization: Party | None = None, status: str | None = None,
                since: DateLike = None, until: DateLike = None, source: str | int | None = None,
                q: str | None = None) -> EventFilter:
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
    if lo:
        where.add("e.date_hi >= ?", lo)
    if hi:
        where.add("e.date_lo <= ?", hi)
    if source is not None:
        if isinstance(source, int):
            where.add("EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id AND "
                      "s.article_id = ?)", source)
        else:
            where.add("EXISTS (SELECT 1 FROM event_sources s JOIN articles a ON a.id = "
                      "s.article_id WHERE s.event_id = e.id AND LOWER(a.source) = LOWER(?))",
                      source)
    if q and q.strip():
        like = f"%{fold(q)}%"
        where.add(
            "(LOWER(COALESCE(e.name, '')) LIKE ? OR LOWER(COALESCE(e.place_name, '')) LIKE ? "
            "OR EXISTS (SELECT 1 FROM event_actors x JOIN actors p ON p.id = x.actor_id "
            "WHERE x.event_id = e.id AND p.search_name LIKE ?) "
            "OR EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id AND "
            f"s.article_id IN ({db.fts_match_sql()})))",
            like, like, like, db.fts_query(q))
    return where


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
    for row in rows:
        side = sides[row["id"]]
        named = set(side["source"]) | set(side["recipient"])
        items.append(cls(
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
                q: str | None = None, limit: int = 50, offset: int = 0) -> Page[EventSummary]:
    """Canonical events matching every given filter, newest first, one page at a time."""
    where = event_where(db, kind=kind, country=country, person=person,
                        organization=organization, status=status, since=since, until=until,
                        source=source, q=q)
    total = int(db.scalar(f"SELECT COUNT(*) FROM events e {where.sql()}", where.params) or 0)
    rows = db.query(f"SELECT e.* FROM events e {where.sql()} {ORDER} LIMIT ? OFFSET ?",
                    [*where.params, max(0, limit), max(0, offset)])
    return Page[EventSummary](items=summaries(db, rows), total=total, limit=limit, offset=offset)


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
            "a.source AS a_source, a.title AS a_title, a.published AS a_published "
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
    total = int(db.scalar(f"SELECT COUNT(*) FROM events e {where.sql()}", where.params) or 0)
    rows = db.query(f"SELECT e.* FROM events e {where.sql()} {ORDER} LIMIT ? OFFSET ?",
                    [*where.params, limit, offset])
    return Page[EventSummary](items=summaries(db, rows), total=total, limit=limit, offset=offset)


def calendar(db: Backend, since: DateLike = None, until: DateLike = None, *,
             country: str | None = None) -> Calendar:
    """Planned engagements (and invitations), by month of their expected date."""
    where = event_where(db, since=since, until=until, country=country)
    where.add("(e.status = 'planned' OR e.kind = 'invitation')")
    rows = db.query(f"SELECT e.* FROM events e {where.sql()} "
                    "ORDER BY e.date_lo NULLS LAST, e.id", where.params)
    months: dict[str, list[EventSummary]] = defaultdict(list)
    for item in summaries(db, rows):
        months[(item.date.start or "undated")[:7]].append(item)
    order = sorted(months, key=lambda m: (m == "undated", m))
    return Calendar(months=[CalendarMonth(month=m, events=months[m]) for m in order])
