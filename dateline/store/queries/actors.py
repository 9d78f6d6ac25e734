"""Read queries over people, organisations and countries: offices over time, who held an
office on a date, an actor's timeline and counterparts, a country's partners."""

from __future__ import annotations

from dateline.errors import UsageError
from dateline.gazetteer import fold
from dateline.resolve.dates import date_range
from dateline.resolve.entities import country_name, title_key
from dateline.resolve.names import skeleton
from dateline.store.backend import Backend, Row
from dateline.store.models import (
    ActorDetail,
    ActorRef,
    Counterpart,
    CountryCount,
    CountryDetail,
    KindCount,
    RoleInfo,
)
from dateline.store.queries.common import DateLike, actor_ref, marks
from dateline.store.queries.events import COUNT_CAP, list_events

__all__ = ["actor_refs", "get_actor", "get_country", "roles_of", "who_held"]

_ROLE_SELECT = (
    "SELECT r.*, p.id AS p_id, p.kind AS p_kind, p.name AS p_name, p.title AS p_title, "
    "p.country AS p_country FROM roles r JOIN actors p ON p.id = r.person_id ")


def _role(row: Row, covers: bool | None = None) -> RoleInfo:
    return RoleInfo(id=row["id"], person=actor_ref(row, "p_"), title=row["title"],
                    organization=row["organization"], organization_id=row["organization_id"],
                    country=row["country"], first_seen=row["first_seen"],
                    last_seen=row["last_seen"], n_sources=row["n_sources"], covers=covers)


def roles_of(db: Backend, person_id: int) -> list[RoleInfo]:
    """Every office the person was seen holding, earliest first."""
    rows = db.query(_ROLE_SELECT + "WHERE r.person_id = ? ORDER BY r.first_seen NULLS LAST, r.id",
                    (person_id,))
    return [_role(r) for r in rows]


def who_held(db: Backend, title: str, country: str | None, on: DateLike) -> list[RoleInfo]:
    """Who held ``title`` (in ``country``) on a date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).

    Holders seen in the office on or around both sides of the date come first (``covers=True``,
    most attested first). When nobody's sightings cover the date, the holders last seen before it
    and first seen after it are returned with ``covers=False``.
    """
    period = date_range(on.isoformat() if hasattr(on, "isoformat") else on)  # type: ignore[union-attr]
    if period is None:
        raise UsageError(f"not a date: {on!r}")
    lo, hi = period.lo.isoformat(), period.hi.isoformat()
    base = _ROLE_SELECT + "WHERE r.title_key = ? "
    params: list[object] = [title_key(title)]
    if country:
        base += "AND r.country = ? "
        params.append(country.upper())
    covering = db.query(base + "AND r.first_seen <= ? AND r.last_seen >= ? "
                        "ORDER BY r.n_sources DESC, r.last_seen DESC, r.id", [*params, hi, lo])
    if covering:
        return [_role(r, True) for r in covering]
    before = db.query(base + "AND r.last_seen < ? ORDER BY r.last_seen DESC, r.id LIMIT 1",
                      [*params, lo])
    after = db.query(base + "AND r.first_seen > ? ORDER BY r.first_seen, r.id LIMIT 1",
                     [*params, hi])
    return [_role(r, False) for r in [*before, *after]]


# Aggregations over an actor's or a country's events read only the newest of them.
COUNTERPART_WINDOW = 1000
PARTNER_WINDOW = 5000
KINDS_WINDOW = 10000
NAMES_WINDOW = 10000


def _counterparts(db: Backend, actor: Row, limit: int) -> list[Counterpart]:
    """The other actors of the actor's newest events, most shared first - others only: not the
    actor's own country, its compatriots, nor the organisations it serves."""
    own = sorted({c for c in (actor["country"], actor["key"] if actor["kind"] in (
        "country", "organization") else None) if c})
    others = f"(a.country IS NULL OR a.country NOT IN ({marks(own)})) AND " if own else ""
    rows = db.query(
        "SELECT a.id, a.kind, a.name, a.title, a.country, COUNT(DISTINCT y.event_id) AS n "
        "FROM (SELECT DISTINCT event_id, date_lo FROM event_actors WHERE actor_id = ? "
        "ORDER BY date_lo DESC NULLS LAST, event_id DESC LIMIT ?) x "
        "JOIN event_actors y ON y.event_id = x.event_id AND y.actor_id <> ? "
        f"JOIN actors a ON a.id = y.actor_id WHERE {others}a.id NOT IN "
        "(SELECT organization_id FROM roles WHERE person_id = ? AND organization_id IS NOT NULL) "
        "GROUP BY a.id, a.kind, a.name, a.title, a.country ORDER BY n DESC, a.name LIMIT ?",
        (actor["id"], COUNTERPART_WINDOW, actor["id"], *own, actor["id"], limit))
    return [Counterpart(actor=actor_ref(r), count=r["n"]) for r in rows]


def _months(db: Backend, actor: Row) -> list[KindCount]:
    """The actor's newest ``KINDS_WINDOW`` events by month and kind (a country's: every event
    the country takes part in). event_countries and event_actors carry their event's date and
    kind, so this is one range of their (party, date) index, no look-up in events."""
    if actor["kind"] == "country":
        newest = ("SELECT event_id, date_lo, kind FROM event_countries WHERE country = ? "
                  "ORDER BY date_lo DESC NULLS LAST, event_id DESC LIMIT ?")
        key: object = actor["key"]
    else:
        newest = ("SELECT DISTINCT event_id, date_lo, kind FROM event_actors WHERE actor_id = ? "
                  "ORDER BY date_lo DESC NULLS LAST, event_id DESC LIMIT ?")
        key = actor["id"]
    return [KindCount(period=r["period"], kind=r["kind"], count=r["n"]) for r in db.query(
        f"SELECT substr(x.date_lo, 1, 7) AS period, x.kind, COUNT(*) AS n FROM ({newest}) x "
        "WHERE x.date_lo IS NOT NULL GROUP BY substr(x.date_lo, 1, 7), x.kind "
        "ORDER BY period, x.kind", (key, KINDS_WINDOW))]


def _foreign_counterparts(db: Backend, code: str, limit: int = 20) -> list[Counterpart]:
    """People of other states (and IGOs) in the country's newest events, most shared first."""
    rows = db.query(
        "SELECT a.id, a.kind, a.name, a.title, a.country, COUNT(DISTINCT y.event_id) AS n "
        "FROM (SELECT event_id FROM event_countries WHERE country = ? "
        "ORDER BY date_lo DESC NULLS LAST, event_id DESC LIMIT ?) x "
        "JOIN event_actors y ON y.event_id = x.event_id JOIN actors a ON a.id = y.actor_id "
        "WHERE a.kind = 'person' AND a.country IS NOT NULL AND a.country <> ? "
        "GROUP BY a.id, a.kind, a.name, a.title, a.country ORDER BY n DESC, a.name LIMIT ?",
        (code, COUNTERPART_WINDOW, code, limit))
    return [Counterpart(actor=actor_ref(r), count=r["n"]) for r in rows]


def get_actor(db: Backend, actor_id: int, *, events_limit: int = 100,
              counterparts_limit: int = 20) -> ActorDetail | None:
    """An actor with its spellings, offices (people), officials (organisations, countries),
    events (newest first) and counterparts (the others - not its own country, compatriots or
    organisation - in its newest ``COUNTERPART_WINDOW`` events, most frequent first)."""
    row = db.query_one("SELECT * FROM actors WHERE id = ?", (actor_id,))
    if row is None:
        return None
    names = [r["name"] for r in db.query(  # spellings in its newest NAMES_WINDOW articles
        "SELECT name, COUNT(*) AS n FROM (SELECT name FROM article_actors WHERE actor_id = ? "
        "ORDER BY article_id DESC LIMIT ?) x GROUP BY name ORDER BY n DESC, name",
        (actor_id, NAMES_WINDOW))]
    counts = db.query_one(  # counted up to COUNT_CAP + 1 (a big country has 100,000s)
        "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM mentions WHERE actor_id = ? LIMIT ?) m) "
        "AS mentions, (SELECT COUNT(*) FROM (SELECT DISTINCT article_id FROM article_actors "
        "WHERE actor_id = ? LIMIT ?) a) AS articles",
        (actor_id, COUNT_CAP + 1, actor_id, COUNT_CAP + 1)) or {}
    detail = ActorDetail(
        actor=actor_ref(row), acronym=row["acronym"],
        members=[m for m in (row["members"] or "").split(";") if m], names=names,
        aliases=[a for a in (row["aliases"] or "").split("\n") if a],
        n_mentions=counts.get("mentions", 0), n_articles=counts.get("articles", 0),
        counts_capped=max(counts.get("mentions", 0), counts.get("articles", 0)) > COUNT_CAP,
        counterparts=_counterparts(db, row, counterparts_limit), kinds_over_time=_months(db, row))
    if row["kind"] == "person":
        detail.roles = roles_of(db, actor_id)
    elif row["kind"] == "organization":
        detail.officials = [_role(r) for r in db.query(
            _ROLE_SELECT + "WHERE r.organization_id = ? ORDER BY r.last_seen DESC NULLS LAST, "
            "r.id LIMIT 200", (actor_id,))]
    elif row["kind"] == "country":
        detail.officials = _officials(db, row["key"])
    if row["kind"] == "country":  # every event the country takes part in, not only as a party
        page = list_events(db, country=row["key"], limit=events_limit)
    else:  # an actor id matches the actor whatever its kind
        page = list_events(db, person=actor_id, limit=events_limit)
    detail.events = page.items
    return detail


def _officials(db: Backend, code: str, limit: int = 200) -> list[RoleInfo]:
    return [_role(r) for r in db.query(
        _ROLE_SELECT + "WHERE r.country = ? ORDER BY r.last_seen DESC NULLS LAST, r.id LIMIT ?",
        (code, limit))]


def get_country(db: Backend, code: str, *, since: DateLike = None, until: DateLike = None,
                events_limit: int = 50) -> CountryDetail:
    """A country's partners (by number of shared events), events by kind per month and officials.

    Partners count the country's newest ``PARTNER_WINDOW`` events, the months its newest
    ``KINDS_WINDOW`` (all of them for most countries)."""
    code = code.upper()
    actor_id = db.scalar("SELECT id FROM actors WHERE kind = 'country' AND key = ?", (code,))
    newest = ("SELECT event_id, date_lo, kind FROM event_countries WHERE country = ? "
              "ORDER BY date_lo DESC NULLS LAST, event_id DESC LIMIT ?")
    partners = [CountryCount(code=r["country"], name=country_name(r["country"]), count=r["n"])
                for r in db.query(
        f"SELECT y.country, COUNT(*) AS n FROM ({newest}) x JOIN event_countries y "
        "ON y.event_id = x.event_id AND y.country <> ? "
        "GROUP BY y.country ORDER BY n DESC, y.country", (code, PARTNER_WINDOW, code))]
    kinds = [KindCount(period=r["period"], kind=r["kind"], count=r["n"]) for r in db.query(
        f"SELECT substr(x.date_lo, 1, 7) AS period, x.kind, COUNT(*) AS n FROM ({newest}) x "
        "WHERE x.date_lo IS NOT NULL GROUP BY substr(x.date_lo, 1, 7), x.kind "
        "ORDER BY period, x.kind", (code, KINDS_WINDOW))]
    page = list_events(db, country=code, since=since, until=until, limit=events_limit)
    return CountryDetail(code=code, name=country_name(code),
                         actor_id=int(actor_id) if actor_id is not None else None,
                         n_events=page.total, n_events_capped=page.total_capped,
                         partners=partners, kinds_over_time=kinds,
                         officials=_officials(db, code), events=page.items,
                         counterparts=_foreign_counterparts(db, code))


def actor_refs(db: Backend, kind: str, q: str, limit: int) -> list[ActorRef]:
    """Actors of ``kind`` whose name or an alias contains ``q`` (folded, Cyrillic written in
    Latin letters; for people also any spelling variant: "Aliev" and "Алиев" find "Aliyev"),
    most mentioned first."""
    folded = fold(q)
    variant = " ".join(skeleton(t) for t in folded.split()) if kind == "person" else folded
    rows = db.query(
        "SELECT a.id, a.kind, a.name, a.title, a.country FROM actors a WHERE a.kind = ? AND "
        "(a.search_name LIKE ? OR a.search_name LIKE ?) ORDER BY (SELECT COUNT(*) FROM "
        "article_actors x WHERE x.actor_id = a.id) DESC, a.name LIMIT ?",
        (kind, f"%{folded}%", f"%{variant}%", limit))
    return [actor_ref(r) for r in rows]
