"""What would make the slow API queries fast: proposed indexes and rewrites, timed on the
million-event knowledge bases that ``bench/store_api.py`` built.

    .venv/bin/python bench/store_whatif.py --pg postgresql://...      # after store_api.py

For each slow statement of the API (see bench/results/store_api.json) this times the query as
the store runs it today and the proposed form (median of ``--repeat`` runs), on SQLite and
PostgreSQL. Indexes it adds are dropped again at the end; nothing in dateline/store changes.
Prints a table; writes bench/results/store_whatif.json.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import benchlib as B

FTS = {"sqlite": "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?",
       "postgresql": "SELECT id FROM articles WHERE tsv @@ plainto_tsquery('english', ?)"}
ORDER = "ORDER BY e.date_lo DESC NULLS LAST, e.id DESC"
INDEXES = {
    "events_kind_hi": "CREATE INDEX events_kind_hi ON events (kind, date_hi)",
    "events_recent": "CREATE INDEX events_recent ON events (date_lo DESC NULLS LAST, id DESC)",
    "article_actors_names": "CREATE INDEX article_actors_names ON article_actors "
                            "(actor_id, name, article_id)",
}


def cases(dialect: str, country: str, rare: str, person: int, word: str
          ) -> list[dict[str, Any]]:
    fts = FTS[dialect]
    like = f"%{word}%"
    q_old = ("(LOWER(COALESCE(e.name, '')) LIKE ? OR LOWER(COALESCE(e.place_name, '')) LIKE ? "
             "OR EXISTS (SELECT 1 FROM event_actors x JOIN actors p ON p.id = x.actor_id WHERE "
             "x.event_id = e.id AND p.search_name LIKE ?) OR EXISTS (SELECT 1 FROM event_sources "
             f"s WHERE s.event_id = e.id AND s.article_id IN ({fts})))")
    q_new = ("e.id IN (SELECT x.event_id FROM event_actors x WHERE x.actor_id IN (SELECT id "
             "FROM actors WHERE search_name LIKE ?) UNION SELECT s.event_id FROM event_sources s "
             f"WHERE s.article_id IN ({fts}))")
    q_params = [like, like, like, word]
    new_params = [like, word]
    counterparts = ("SELECT a.id, a.name, COUNT(DISTINCT y.event_id) AS n FROM {x} JOIN "
                    "event_actors y ON y.event_id = x.event_id AND y.actor_id <> ? JOIN actors a "
                    "ON a.id = y.actor_id {where} GROUP BY a.id, a.name ORDER BY n DESC, a.name "
                    "LIMIT 20")
    return [
        {"case": "count, country filter", "index": None,
         "old": ("SELECT COUNT(*) FROM events e WHERE EXISTS (SELECT 1 FROM event_countries x "
                 "WHERE x.event_id = e.id AND x.country = ?)", [country]),
         "new": ("SELECT COUNT(*) FROM event_countries WHERE country = ?", [country])},
        {"case": "page, country filter", "index": "events_recent",
         "old": ("SELECT e.* FROM events e WHERE EXISTS (SELECT 1 FROM event_countries x WHERE "
                 f"x.event_id = e.id AND x.country = ?) {ORDER} LIMIT 50", [country]),
         "new": ("SELECT e.* FROM events e WHERE e.id IN (SELECT event_id FROM event_countries "
                 f"WHERE country = ?) {ORDER} LIMIT 50", [country])},
        {"case": "page, rare country filter", "index": "events_recent",
         "old": ("SELECT e.* FROM events e WHERE EXISTS (SELECT 1 FROM event_countries x WHERE "
                 f"x.event_id = e.id AND x.country = ?) {ORDER} LIMIT 50", [rare]),
         "new": ("SELECT e.* FROM events e WHERE e.id IN (SELECT event_id FROM event_countries "
                 f"WHERE country = ?) {ORDER} LIMIT 50", [rare])},
        {"case": "count, person filter", "index": None,
         "old": ("SELECT COUNT(*) FROM events e WHERE EXISTS (SELECT 1 FROM event_actors x "
                 "WHERE x.event_id = e.id AND x.actor_id = ?)", [person]),
         "new": ("SELECT COUNT(DISTINCT event_id) FROM event_actors WHERE actor_id = ?",
                 [person])},
        {"case": "page, person filter", "index": "events_recent",
         "old": ("SELECT e.* FROM events e WHERE EXISTS (SELECT 1 FROM event_actors x WHERE "
                 f"x.event_id = e.id AND x.actor_id = ?) {ORDER} LIMIT 100", [person]),
         "new": ("SELECT e.* FROM events e WHERE e.id IN (SELECT event_id FROM event_actors "
                 f"WHERE actor_id = ?) {ORDER} LIMIT 100", [person])},
        {"case": "count, kind + since", "index": "events_kind_hi",
         "old": ("SELECT COUNT(*) FROM events e WHERE e.kind IN (?) AND e.date_hi >= ?",
                 ["visit", "2024-01-01"]),
         "new": ("SELECT COUNT(*) FROM events e WHERE e.kind IN (?) AND e.date_hi >= ?",
                 ["visit", "2024-01-01"])},
        {"case": "page, no filter", "index": "events_recent",
         "old": (f"SELECT e.* FROM events e {ORDER} LIMIT 50", []),
         "new": (f"SELECT e.* FROM events e {ORDER} LIMIT 50", [])},
        {"case": "count, no filter (capped at 10,000)", "index": None,
         "old": ("SELECT COUNT(*) FROM events e", []),
         "new": ("SELECT COUNT(*) FROM (SELECT 1 FROM events e LIMIT 10001) t", [])},
        {"case": f"search '{word}': count", "index": None,
         "old": (f"SELECT COUNT(*) FROM events e WHERE {q_old}", q_params),
         "new": (f"SELECT COUNT(*) FROM (SELECT 1 FROM events e WHERE {q_new} LIMIT 1001) t",
                 new_params)},
        {"case": f"search '{word}': page", "index": "events_recent",
         "old": (f"SELECT e.* FROM events e WHERE {q_old} {ORDER} LIMIT 20", q_params),
         "new": (f"SELECT e.* FROM events e WHERE {q_new} {ORDER} LIMIT 20", new_params)},
        {"case": "counterparts of a popular person (last 500 events)", "index": None,
         "old": (counterparts.format(x="event_actors x", where="WHERE x.actor_id = ?"),
                 [person, person]),
         "new": (counterparts.format(x="(SELECT DISTINCT event_id FROM event_actors WHERE "
                                       "actor_id = ? ORDER BY event_id DESC LIMIT 500) x",
                                     where=""), [person, person])},
        {"case": "actor names (covering index)", "index": "article_actors_names",
         "old": ("SELECT name, COUNT(*) AS n FROM article_actors WHERE actor_id = ? GROUP BY "
                 "name ORDER BY n DESC, name", [person]),
         "new": ("SELECT name, COUNT(*) AS n FROM article_actors WHERE actor_id = ? GROUP BY "
                 "name ORDER BY n DESC, name", [person])},
    ]


def median_ms(db: Any, sql: str, params: list[Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        db.query(sql, params)
        times.append(1000 * (time.perf_counter() - start))
    return round(statistics.median(times), 1)


def run(url: str, repeat: int) -> list[dict[str, Any]]:
    """Today's statements on the database as built (SQLite: never analysed, as the store
    leaves it), the same after ANALYZE, then the proposed statements with the proposed
    indexes. The database is left as it was found."""
    from dateline.store import open_store

    with open_store(url) as store:
        db = store.db
        top = db.query_one("SELECT id, key FROM actors WHERE kind = 'country' ORDER BY id "
                           "LIMIT 1")
        rare = db.scalar("SELECT key FROM actors WHERE kind = 'country' ORDER BY id DESC LIMIT 1")
        person = int(db.scalar("SELECT id FROM actors WHERE kind = 'person' AND country = ? "
                               "ORDER BY id LIMIT 1", (top["key"],)))
        todo = cases(db.dialect, top["key"], rare, person, "energy")
        if db.dialect == "sqlite":
            _forget_stats(db)
        rows = [{"case": c["case"], "backend": db.dialect, "index": c["index"],
                 "today_ms": median_ms(db, *c["old"], repeat)} for c in todo]
        db.execute("ANALYZE")
        for row, case in zip(rows, todo, strict=True):
            row["analyzed_ms"] = median_ms(db, *case["old"], repeat)
        added = sorted({c["index"] for c in todo if c["index"]})
        for name in added:
            sql = INDEXES[name]
            if db.dialect == "sqlite":  # SQLite's DESC puts NULLs last already
                sql = sql.replace(" NULLS LAST", "")
            db.execute(sql)
        db.execute("ANALYZE")
        for row, case in zip(rows, todo, strict=True):
            row["proposed_ms"] = median_ms(db, *case["new"], repeat)
            print(f"  {db.dialect}: {row['case']}: {row['today_ms']} / {row['analyzed_ms']} -> "
                  f"{row['proposed_ms']} ms", flush=True)
        for name in added:
            db.execute(f"DROP INDEX {name}")
        if db.dialect == "sqlite":
            _forget_stats(db)
    return rows


def _forget_stats(db: Any) -> None:
    """Back to a never-analysed SQLite database (what the store's files are)."""
    if db.table_exists("sqlite_stat1"):
        db.execute("DELETE FROM sqlite_stat1")
        db.execute("ANALYZE sqlite_schema")  # reload the (now empty) statistics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--pg", default=None, help="the server store_api.py used, or none")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from store_api import pg_schema

    targets = [str(Path(tempfile.gettempdir()) / f"dateline-api-{args.events}.db")]
    if args.pg and args.pg != "none":
        targets.append(pg_schema(args.pg, f"bench_api_{args.events}", fresh=False)[0])
    rows = []
    for url in targets:
        rows += run(url, args.repeat)
    print()
    print(B.table(["backend", "query", "today ms", "after ANALYZE ms", "proposed ms",
                   "index used"],
                  [[r["backend"], r["case"], r["today_ms"], r["analyzed_ms"], r["proposed_ms"],
                    r["index"]] for r in rows]))
    path = B.write_results("store_whatif", {"events": args.events, "rows": rows,
                                            **B.machine()})
    print(f"wrote {path.relative_to(B.REPO)}")


if __name__ == "__main__":
    main()
