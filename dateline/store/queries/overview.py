"""Read queries across the store: search, the engagement network, statistics, one article."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict

from dateline.gazetteer import fold
from dateline.resolve.entities import country_name
from dateline.store.backend import Backend
from dateline.store.models import (
    ArticleDetail,
    ArticleHit,
    CountryCount,
    Network,
    NetworkEdge,
    NetworkNode,
    SearchResults,
    Stats,
)
from dateline.store.queries.actors import actor_refs
from dateline.store.queries.common import DateLike, actor_ref, article_ref, bounds, marks
from dateline.store.queries.events import event_where, list_events, summaries

__all__ = ["get_article", "network", "search", "stats"]

_ARTICLE_COLUMNS = "a.id, a.key, a.doc_id, a.url, a.source, a.title, a.published, a.lang"


def search(db: Backend, q: str, limit: int = 20) -> SearchResults:
    """Articles (full-text), people, organisations, countries and events matching ``q``."""
    results = SearchResults(query=q)
    if not q or not fold(q):
        return results
    hits = db.fts_search(q, limit)
    if hits:
        ids = [h["id"] for h in hits]
        rows = {r["id"]: r for r in db.query(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.id IN ({marks(ids)})", ids)}
        results.articles = [ArticleHit(article=article_ref(rows[h["id"]]), snippet=h["snippet"])
                            for h in hits]
    results.people = actor_refs(db, "person", q, limit)
    results.organizations = actor_refs(db, "organization", q, limit)
    results.countries = actor_refs(db, "country", q, limit)
    results.events = list_events(db, q=q, limit=limit).items
    return results


def network(db: Backend, since: DateLike = None, until: DateLike = None,
            kind: str | None = None, level: str = "country", *,
            country: str | None = None) -> Network:
    """Who engages with whom: nodes weighted by events, edges by events shared.

    ``level="country"``: nodes are country codes; ``level="person"``: nodes are person ids.
    ``country``: only the events that country takes part in (its partners and theirs).
    """
    where = event_where(db, kind=kind, since=since, until=until,
                        country=country.upper() if country else None)
    if level == "person":  # an actor is in an event once per report and role: count events
        join = ("CROSS JOIN event_actors {t} JOIN actors p{t} ON p{t}.id = {t}.actor_id "
                "AND p{t}.kind = 'person'")
        node, count = "CAST({t}.actor_id AS TEXT)", "COUNT(DISTINCT e.id)"
    elif level == "country":
        join, node, count = "CROSS JOIN event_countries {t}", "{t}.country", "COUNT(*)"
    else:
        from dateline.errors import UsageError

        raise UsageError(f"network level must be 'country' or 'person', not {level!r}")
    # CROSS JOIN: the period's events first (SQLite keeps the order), then their members
    a, b = node.format(t="a"), node.format(t="b")
    tests = " AND ".join(["a.event_id = e.id", *where.clauses])
    weights: Counter[str] = Counter({r["node"]: int(r["n"]) for r in db.query(
        f"SELECT {a} AS node, {count} AS n FROM events e {join.format(t='a')} WHERE {tests} "
        f"GROUP BY {a}", where.params)})
    edges: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    # the pairs of an event's members, in node order (a < b); ordered, so that an edge's kinds
    # come in kind order on PostgreSQL too (its hash aggregate gave them in any order; SQLite's
    # plan is the same: its GROUP BY sorts)
    for row in db.query(
            f"SELECT {a} AS a, {b} AS b, e.kind, {count} AS n FROM events e "
            f"{join.format(t='a')} {join.format(t='b')} WHERE b.event_id = e.id AND {a} < {b} "
            f"AND {tests} GROUP BY {a}, {b}, e.kind ORDER BY {a}, {b}, e.kind", where.params):
        edges[(row["a"], row["b"])][row["kind"]] += int(row["n"])
    labels: dict[str, tuple[str, str]] = {}
    if level == "person" and weights:
        ids = [int(n) for n in weights]
        for row in db.query(f"SELECT id, name FROM actors WHERE id IN ({marks(ids)})", ids):
            labels[str(row["id"])] = (row["name"], "person")
    nodes = [NetworkNode(id=n, label=labels.get(n, (country_name(n), "country"))[0],
                         kind=labels.get(n, ("", level))[1], weight=w)
             for n, w in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))]
    links = [NetworkEdge(source=a, target=b, weight=sum(c.values()), kinds=dict(c))
             for (a, b), c in sorted(edges.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))]
    return Network(level=level, nodes=nodes, edges=links, since=bounds(since, until)[0],
                   until=bounds(since, until)[1],
                   country=country.upper() if country else None)


def stats(db: Backend, *, today: DateLike = None, recent: int = 10) -> Stats:
    """Counts by kind, status and country; the latest events and the next planned ones."""
    day = today.isoformat() if isinstance(today, dt.date) else (
        today or dt.date.today().isoformat())
    counts = db.query_one(
        "SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM events) AS "
        "events, (SELECT COUNT(*) FROM actors WHERE kind = 'person') AS people, "
        "(SELECT COUNT(*) FROM actors WHERE kind = 'organization') AS organizations, "
        "(SELECT COUNT(DISTINCT country) FROM event_countries) AS countries") or {}
    by_kind = {r["kind"]: r["n"] for r in db.query(
        "SELECT kind, COUNT(*) AS n FROM events GROUP BY kind ORDER BY n DESC, kind")}
    by_status = {r["status"]: r["n"] for r in db.query(
        "SELECT status, COUNT(*) AS n FROM events GROUP BY status ORDER BY status")}
    by_country = [CountryCount(code=r["country"], name=country_name(r["country"]), count=r["n"])
                  for r in db.query("SELECT country, COUNT(*) AS n FROM event_countries "
                                    "GROUP BY country ORDER BY n DESC, country LIMIT 50")]
    latest = db.query("SELECT e.* FROM events e WHERE e.status = 'occurred' "
                      "ORDER BY e.date_lo DESC NULLS LAST, e.id DESC LIMIT ?", (recent,))
    upcoming = db.query("SELECT e.* FROM events e WHERE e.status = 'planned' AND e.date_hi >= ? "
                        "ORDER BY e.date_lo, e.id LIMIT ?", (day, recent))
    return Stats(articles=counts.get("articles", 0), events=counts.get("events", 0),
                 people=counts.get("people", 0), organizations=counts.get("organizations", 0),
                 countries=counts.get("countries", 0), events_by_kind=by_kind,
                 events_by_status=by_status, events_by_country=by_country,
                 recent=summaries(db, latest), upcoming=summaries(db, upcoming))


def get_article(db: Backend, article_id: int | str) -> ArticleDetail | None:
    """An article by id (or by key: its URL or ``sha256:...``) with its record and links."""
    if isinstance(article_id, str) and article_id.isdigit():
        article_id = int(article_id)
    column = "a.id" if isinstance(article_id, int) else "a.key"
    row = db.query_one(f"SELECT a.*, {_ARTICLE_COLUMNS} FROM articles a WHERE {column} = ?",
                       (article_id,))
    if row is None:
        return None
    actors = {r["local_id"]: actor_ref(r, "c_") for r in db.query(
        "SELECT x.local_id, c.id AS c_id, c.kind AS c_kind, c.name AS c_name, c.title AS c_title, "
        "c.country AS c_country FROM article_actors x JOIN actors c ON c.id = x.actor_id "
        "WHERE x.article_id = ? ORDER BY x.local_id", (row["id"],))}
    events = {r["local_id"]: r["event_id"] for r in db.query(
        "SELECT local_id, event_id FROM event_sources WHERE article_id = ? ORDER BY id",
        (row["id"],))}
    return ArticleDetail(article=article_ref(row), text=row["text"],
                         published_from=row["published_from"], ingested_at=row["ingested_at"],
                         record=json.loads(row["record"]), actors=actors, events=events)
