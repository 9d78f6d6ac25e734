"""Store ingest rate (SQLite, PostgreSQL) and API latency on a million synthetic events.

    .venv/bin/python bench/store_api.py                       # 1,000,000 events
    .venv/bin/python bench/store_api.py --events 100000 --pg none

1. Ingest rate: synthetic wire reports with their records (``bench/synthetic_kb.py``) added
   through ``Store.add`` (resolve + store, one transaction per 32) to a fresh SQLite file and a
   fresh PostgreSQL schema.
2. A knowledge base of ``--events`` events written straight into the tables
   (``bench/kb_bulk.py``), on each backend (kept in the temp folder and reused).
3. API latency: the FastAPI app (``create_app``) in-process through Starlette's TestClient;
   each URL is warmed up, then timed ``--requests`` times (within a time budget): p50, p95,
   max. Target p95 < 50 ms.
4. For every URL over the target, the SQL statements of one request, slowest first, with
   their plans (``EXPLAIN QUERY PLAN`` / ``EXPLAIN ANALYZE``): which query is slow and why.

PostgreSQL comes from ``--pg URL``, else ``$DATELINE_TEST_PG``, else a throwaway cluster
started with ``.ci/postgres.sh`` (as the store tests do); ``--pg none`` skips it.
Prints tables; writes bench/results/store_api.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import benchlib as B

TARGET_MS = 50.0


# -- PostgreSQL ------------------------------------------------------------------------------
@contextmanager
def postgres(choice: str | None) -> Iterator[str | None]:
    if choice == "none":
        yield None
        return
    url = choice or os.environ.get("DATELINE_TEST_PG")
    if url:
        yield url
        return
    done = subprocess.run(["bash", str(B.REPO / ".ci" / "postgres.sh")], capture_output=True,
                          text=True, timeout=180)
    stop = re.search(r"stop with: (.*)$", done.stderr, re.MULTILINE)
    if done.returncode != 0 or not stop:
        print(f"no PostgreSQL ({done.stderr.strip()[:200]}); skipping it")
        yield None
        return
    try:
        yield done.stdout.strip()
    finally:
        subprocess.run(stop.group(1).split() + ["-m", "fast"], capture_output=True, check=False)


def pg_schema(base: str, schema: str, *, fresh: bool) -> tuple[str, bool]:
    """A URL whose search_path is ``schema``; True when the schema already existed."""
    from urllib.parse import quote

    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s",
                              (schema,)).fetchone() is not None
        if exists and fresh:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
            exists = False
        if not exists:
            conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote(f'-csearch_path={schema}')}", exists


# -- 1. ingest rate ----------------------------------------------------------------------------
def ingest_rate(url: str, docs: int) -> dict[str, Any]:
    from synthetic_kb import synthetic_pairs

    from dateline.store import open_store

    pairs = list(synthetic_pairs(docs, seed=3))
    with open_store(url) as store:
        start = time.perf_counter()
        stats = store.add(pairs, batch_size=32)
        seconds = time.perf_counter() - start
        events = store.db.scalar("SELECT COUNT(*) FROM events")
        reports = store.db.scalar("SELECT COUNT(*) FROM event_sources")
    return {"articles": stats.added, "seconds": round(seconds, 2),
            "articles_per_s": B.rate(stats.added, seconds),
            "reports_per_s": B.rate(reports, seconds), "events": events}


# -- 3. latency --------------------------------------------------------------------------------
def probe_urls(store: Any) -> dict[str, str]:
    """URLs over the bulk knowledge base: a popular and a typical person, a big country."""
    db = store.db
    top = db.query_one("SELECT id, key FROM actors WHERE kind = 'country' ORDER BY id LIMIT 1")
    states = int(db.scalar("SELECT COUNT(*) FROM actors WHERE kind = 'country'"))
    star = db.scalar("SELECT id FROM actors WHERE kind = 'person' AND country = ? ORDER BY id "
                     "LIMIT 1", (top["key"],))
    mid = db.query_one("SELECT key FROM actors WHERE kind = 'country' ORDER BY id LIMIT 1 "
                       "OFFSET ?", (states // 2,))
    typical = db.scalar("SELECT id FROM actors WHERE kind = 'person' AND country = ? ORDER BY "
                        "id LIMIT 1 OFFSET 20", (mid["key"],))
    surname = str(db.scalar("SELECT name FROM actors WHERE id = ?", (typical,))).split()[-1]
    event = db.scalar("SELECT MAX(id) FROM events") // 2
    return {
        "events list": "/events.json",
        "events of a country": f"/events.json?country={top['key']}",
        "events: kind + since": "/events.json?kind=visit&since=2024",
        "event page": f"/events/{event}.json",
        "actor page, popular person": f"/actors/{star}.json",
        "actor page, typical person": f"/actors/{typical}.json",
        "actor page, country": f"/actors/{top['id']}.json",
        "country page": f"/countries/{top['key']}.json",
        "search, common word": "/search.json?q=energy",
        "search, surname": f"/search.json?q={surname}",
    }


def latency(client: Any, url: str, requests: int, budget: float) -> dict[str, Any]:
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code, response.text[:200])
    times: list[float] = []
    deadline = time.perf_counter() + budget
    while len(times) < requests and (len(times) < 5 or time.perf_counter() < deadline):
        start = time.perf_counter()
        client.get(url)
        times.append(1000 * (time.perf_counter() - start))
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {"url": url, "n": len(times), "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(p95, 1), "max_ms": round(times[-1], 1)}


# -- 4. which SQL ------------------------------------------------------------------------------
@contextmanager
def sql_log(db: Any) -> Iterator[list[dict[str, Any]]]:
    """Time every statement the backend runs (outermost calls only)."""
    log: list[dict[str, Any]] = []
    depth = 0
    originals = {name: getattr(db, name) for name in ("query", "query_one", "scalar")}

    def wrap(fn: Any) -> Any:
        def timed(sql: str, params: Any = ()) -> Any:
            nonlocal depth
            depth += 1
            start = time.perf_counter()
            try:
                return fn(sql, params)
            finally:
                depth -= 1
                if depth == 0:
                    log.append({"ms": 1000 * (time.perf_counter() - start), "sql": sql,
                                "params": list(params)})
        return timed

    for name, fn in originals.items():
        setattr(db, name, wrap(fn))
    try:
        yield log
    finally:
        for name in originals:
            delattr(db, name)


def explain(db: Any, sql: str, params: list[Any]) -> list[str]:
    if db.dialect == "sqlite":
        return [r["detail"] for r in db.query(f"EXPLAIN QUERY PLAN {sql}", params)]
    return [next(iter(r.values())) for r in db.query(f"EXPLAIN (ANALYZE, COSTS OFF) {sql}",
                                                     params)]


def slow_statements(client: Any, store: Any, url: str, top: int = 3) -> list[dict[str, Any]]:
    with sql_log(store.db) as log:
        client.get(url)
    log.sort(key=lambda s: -s["ms"])
    out = []
    for item in log[:top]:
        plan = explain(store.db, item["sql"], item["params"]) if item["ms"] > 5 else []
        out.append({"ms": round(item["ms"], 1), "sql": " ".join(item["sql"].split()),
                    "params": [str(p)[:40] for p in item["params"][:6]], "plan": plan})
    return out


@contextmanager
def heap_freeze(on: bool) -> Iterator[None]:
    """Serve with the start-up heap frozen (what ``create_app``'s lifespan does) or not."""
    from dateline.serve import app as app_module

    saved = app_module._freeze_heap, app_module._unfreeze_heap
    if not on:
        app_module._freeze_heap = app_module._unfreeze_heap = lambda: None
    try:
        yield
    finally:
        app_module._freeze_heap, app_module._unfreeze_heap = saved


def api_latency(url: str, requests: int, budget: float, *, freeze: bool = True,
                explain_slow: bool = True) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from dateline.serve.app import create_app
    from dateline.store import open_store

    with open_store(url) as store, heap_freeze(freeze), \
            TestClient(create_app(store=store)) as client:  # with: the lifespan runs
        urls = probe_urls(store)
        results = {name: latency(client, u, requests, budget) for name, u in urls.items()}
        for name, result in results.items():
            print(f"    {name}: p95 {result['p95_ms']} ms", flush=True)
            if explain_slow and result["p95_ms"] > TARGET_MS:
                result["slow_sql"] = slow_statements(client, store, result["url"])
    return results


def freeze_comparison(url: str, requests: int, budget: float, rounds: int = 2
                      ) -> tuple[dict[str, Any], dict[str, Any]]:
    """API latency without and with ``gc.freeze`` after start-up, the two alternating
    ``rounds`` times; per URL the round with the lower p95 of each is kept."""
    best: dict[bool, dict[str, Any]] = {False: {}, True: {}}
    for _ in range(rounds):
        for freeze in (False, True):
            print(f"  gc.freeze {'on' if freeze else 'off'}", flush=True)
            results = api_latency(url, requests, budget, freeze=freeze, explain_slow=False)
            for name, result in results.items():
                kept = best[freeze].get(name)
                if kept is None or result["p95_ms"] < kept["p95_ms"]:
                    best[freeze][name] = result
    return best[True], best[False]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--ingest-docs", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--budget", type=float, default=20.0, help="seconds per URL at most")
    parser.add_argument("--pg", default=None, help="postgresql:// URL, or 'none'")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the knowledge bases")
    parser.add_argument("--gc-freeze", choices=["on", "compare"], default="on",
                        help="compare: API latency without and with gc.freeze after start-up, "
                             "alternating (issue 18)")
    args = parser.parse_args()
    import kb_bulk

    load = os.getloadavg()
    out: dict[str, Any] = {"events": args.events, "ingest": {}, "build": {}, "api": {}}
    tmp = Path(tempfile.gettempdir())
    with postgres(args.pg) as pg, tempfile.TemporaryDirectory() as scratch:
        print(f"ingest rate: {args.ingest_docs} synthetic reports", flush=True)
        out["ingest"]["sqlite"] = ingest_rate(str(Path(scratch) / "ingest.db"), args.ingest_docs)
        if pg:
            url, _ = pg_schema(pg, "bench_ingest", fresh=True)
            out["ingest"]["postgresql"] = ingest_rate(url, args.ingest_docs)
        targets = {"sqlite": str(tmp / f"dateline-api-{args.events}.db")}
        if pg:
            targets["postgresql"], _ = pg_schema(pg, f"bench_api_{args.events}", fresh=False)
        for backend, url in targets.items():
            marker = Path(f"{url}.built") if backend == "sqlite" else None
            ready = (marker.exists() if marker else _pg_has_events(url, args.events))
            if args.rebuild or not ready:
                print(f"building {backend} with {args.events:,} events", flush=True)
                if backend == "sqlite":
                    out["build"][backend] = kb_bulk.build_sqlite(url, args.events)
                    Path(f"{url}.built").write_text(json.dumps(out["build"][backend]))
                else:
                    pg_schema(pg, f"bench_api_{args.events}", fresh=True)  # type: ignore[arg-type]
                    from dateline.store import open_store

                    open_store(url).close()
                    out["build"][backend] = kb_bulk.build_postgres(url, args.events)
            print(f"API latency, {backend}", flush=True)
            if args.gc_freeze == "compare":
                out["api"][backend], out.setdefault("api_without_gc_freeze", {})[backend] = \
                    freeze_comparison(url, args.requests, args.budget)
            else:
                out["api"][backend] = api_latency(url, args.requests, args.budget)

    print()
    print(B.table(["backend", "articles", "seconds", "articles/s", "reports/s"],
                  [[k, v["articles"], v["seconds"], v["articles_per_s"], v["reports_per_s"]]
                   for k, v in out["ingest"].items()]))
    rows = []
    for backend, results in out["api"].items():
        for name, r in results.items():
            rows.append([backend, name, r["n"], r["p50_ms"], r["p95_ms"], r["max_ms"],
                         "ok" if r["p95_ms"] < TARGET_MS else "SLOW"])
    print()
    print(B.table(["backend", f"request ({args.events:,} events)", "n", "p50 ms", "p95 ms",
                   "max ms", "<50ms"], rows))
    for backend, results in out.get("api_without_gc_freeze", {}).items():
        print(f"\n{backend}, p95 ms without / with gc.freeze after start-up:")
        print(B.table(["request", "without", "with"],
                      [[name, r["p95_ms"], out["api"][backend][name]["p95_ms"]]
                       for name, r in results.items()]))
    for backend, results in out["api"].items():
        for name, r in results.items():
            for statement in r.get("slow_sql", [])[:2]:
                print(f"\n[{backend}] {name}: {statement['ms']} ms  {statement['sql'][:300]}")
                for line in statement["plan"][:8]:
                    print(f"    {line}")
    out["note"] = B.load_note(load)
    if out["note"]:
        print(out["note"])
    path = B.write_results("store_api", {**out, **B.machine()})
    print(f"wrote {path.relative_to(B.REPO)}")


def _pg_has_events(url: str, events: int) -> bool:
    import psycopg

    try:
        with psycopg.connect(url) as conn:
            row = conn.execute("SELECT COUNT(*) FROM events").fetchone()
            return bool(row and row[0] >= events)
    except psycopg.Error:
        return False


if __name__ == "__main__":
    main()
