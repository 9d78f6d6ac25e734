"""Web latency: p95 of the main pages and API calls on a knowledge base of 100k synthetic events
(the brief before a meeting included: the busiest country with its partners, two people).

    .venv/bin/python bench/web_latency.py                           # 100k events, 20 rounds
    .venv/bin/python bench/web_latency.py --events 5000 --rounds 5  # a quick look

The database comes from ``bench/synthetic_kb.py``: synthetic wire reports and their records,
stored through ``Store.add`` (no bulk load), built once into the temp folder and reused while it
holds the requested number of events. The app (``create_app``) runs under uvicorn on a free
127.0.0.1 port in this process; an httpx client requests every URL once per round, the URLs
interleaved, after two warm-up requests each (run time is bounded by ``--budget``). A profiling
pass then times every SQL statement each URL runs (the store's backend wrapped in-process) and
names the slowest, with the store function that ran it. Target: p95 < 100 ms. The load
average before and after is recorded: other work on the machine inflates the p95.

Prints a table and writes ``bench/results/web_latency.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from synthetic_kb import ensure_kb  # noqa: E402

from dateline.store import Store, open_store  # noqa: E402

RESULTS = REPO / "bench" / "results" / "web_latency.json"
TARGET_MS = 100.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def pick_urls(store: Store) -> dict[str, list[str]]:
    """Label -> URLs to cycle through, chosen from the data (a busy country, its capital, a
    recent quarter, random events and people)."""
    stats = store.stats()
    country = stats.events_by_country[0].code
    recent = store.list_events(country=country, status="occurred", limit=200).items
    newest = recent[0].date.start or "2026-01-01"
    year, month = int(newest[:4]), int(newest[5:7])
    lo = f"{year if month > 3 else year - 1}-{(month - 4) % 12 + 1:02d}"
    since, until = lo, f"{year}-{month:02d}"
    city = Counter(e.place.name for e in recent if e.place and e.place.name).most_common(1)[0][0]
    sample = store.list_events(limit=40, offset=stats.events // 3).items
    events = [f"/events/{e.id}" for e in sample[:20]]
    people = [a for e in sample for a in e.source + e.recipient if a.kind == "person"]
    pairs = [(e.source, e.recipient) for e in sample if e.kind == "meeting"]
    between = [f"/between?a={s.id}&b={r.id}" for src, rec in pairs for s in src for r in rec
               if s.kind == r.kind == "person"][:10]
    surnames = [p.name.split()[-1] for p in people][:10]
    partners = [p.code for p in store.get_country(country).partners[:10]]
    brief_people = [u.replace("/between?", "/brief?") for u in between]
    return {
        "/ (home)": ["/"],
        "/events": ["/events"],
        "/events.json kind+country+period": [
            f"/events.json?kind=visit&country={country}&since={since}&until={until}"],
        "/events.json person": [f"/events.json?person={p.id}" for p in people[:10]],
        "/events.json place=city+period": [
            f"/events.json?place={city}&since={since}&until={until}"],
        "/events.json place=country+kind": [f"/events.json?place={country}&kind=visit"],
        "/events/{id}": events,
        "/actors/{id} (person)": [f"/actors/{p.id}" for p in people[:10]],
        "/countries/{code}": [f"/countries/{country}"],
        "/between?a&b": between or [f"/between?a={country}&b={sample[0].countries[-1]}"],
        "/search?q=": [f"/search?q={s}" for s in surnames],
        "/network.json": ["/network.json"],
        "/network.json period": [f"/network.json?since={since}&until={until}"],
        "/calendar": ["/calendar"],
        "/calendar country+period": [f"/calendar?since={since}&until={until}&country={country}"],
        "/calendar place+period": [f"/calendar?since={since}&until={until}&place={city}"],
        "/brief (busiest country, partners)": [f"/brief?a={country}&b={p}" for p in partners],
        "/brief.json (countries by name)": [
            f"/brief.json?a={store.country_name(country)}&b={store.country_name(p)}"
            for p in partners],
        "/brief (two people)": brief_people or [f"/brief?a={country}&b={partners[0]}"],
    }


def serve(store: Store) -> tuple[Any, threading.Thread, str]:
    import uvicorn

    from dateline.serve import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            sys.exit("web_latency: the server did not start")
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


def measure(base: str, urls: dict[str, list[str]], rounds: int, budget: float
            ) -> dict[str, list[float]]:
    import httpx

    times: dict[str, list[float]] = defaultdict(list)
    with httpx.Client(base_url=base, timeout=120) as client:
        for paths in urls.values():  # warm-up (and a status check)
            for path in paths[:2]:
                response = client.get(path)
                if response.status_code != 200:
                    sys.exit(f"web_latency: {path} -> {response.status_code} {response.text[:200]}")
        started = time.monotonic()
        for n in range(rounds):
            for label, paths in urls.items():
                path = paths[n % len(paths)]
                t0 = time.perf_counter()
                response = client.get(path)
                times[label].append((time.perf_counter() - t0) * 1000)
                response.raise_for_status()
            if time.monotonic() - started > budget:
                print(f"  budget reached after {n + 1} rounds", file=sys.stderr)
                break
    return times


class SqlTimer:
    """Wraps a backend's read methods to time each statement and name the store function."""

    def __init__(self, store: Store) -> None:
        self.db = store.db
        self.calls: list[tuple[str, str, float]] = []
        self._depth = 0
        self._saved = {name: getattr(self.db, name) for name in ("query", "query_one", "scalar")}

    def __enter__(self) -> SqlTimer:
        for name, method in self._saved.items():
            setattr(self.db, name, self._timed(method))
        return self

    def __exit__(self, *exc: object) -> None:
        for name, method in self._saved.items():
            setattr(self.db, name, method)

    def _timed(self, method: Any) -> Any:
        def run(sql: str, params: Any = ()) -> Any:
            if self._depth:  # scalar() and query_one() run query(): time the outer call only
                return method(sql, params)
            self._depth += 1
            t0 = time.perf_counter()
            try:
                return method(sql, params)
            finally:
                self._depth -= 1
                self.calls.append((self._caller(), " ".join(sql.split()),
                                   (time.perf_counter() - t0) * 1000))
        return run

    @staticmethod
    def _caller() -> str:
        frames = [f for f in traceback.extract_stack()[:-2] if "/dateline/" in f.filename]
        store = [f for f in frames if "/dateline/store/queries/" in f.filename]
        serve = [f for f in frames if "/dateline/serve/" in f.filename]
        parts = []
        if serve:
            parts.append(f"serve.{Path(serve[-1].filename).stem}.{serve[-1].name}")
        if store:
            parts.append(f"store.queries.{Path(store[-1].filename).stem}.{store[-1].name}")
        return " > ".join(parts) or "?"


def profile(store: Store, urls: dict[str, list[str]], slow: set[str]) -> dict[str, Any]:
    """For each slow URL: SQL time, statement count and the three slowest statements."""
    from fastapi.testclient import TestClient

    from dateline.serve import create_app

    out: dict[str, Any] = {}
    with TestClient(create_app(store=store)) as client:
        for label in sorted(slow):
            path = urls[label][0]
            with SqlTimer(store) as timer:
                t0 = time.perf_counter()
                client.get(path)
                total = (time.perf_counter() - t0) * 1000
            grouped: dict[tuple[str, str], list[float]] = defaultdict(list)
            for caller, sql, ms in timer.calls:
                grouped[(caller, sql)].append(ms)
            top = sorted(grouped.items(), key=lambda kv: -sum(kv[1]))[:3]
            out[label] = {
                "path": path, "total_ms": round(total, 1),
                "sql_ms": round(sum(ms for _, _, ms in timer.calls), 1),
                "statements": len(timer.calls),
                "slowest": [{"caller": caller, "sql": sql[:400], "runs": len(ms),
                             "ms": round(sum(ms), 1)} for (caller, sql), ms in top]}
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", default=None, help="SQLite file (default: in the temp folder)")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--budget", type=float, default=420.0, help="Seconds for all rounds.")
    parser.add_argument("--output", default="web_latency", help="JSON name under bench/results/")
    args = parser.parse_args()
    db = args.db or str(Path(tempfile.gettempdir()) / f"dateline-web-{args.events}.db")
    print(f"knowledge base: {db} ({args.events} events wanted)", file=sys.stderr)
    meta = ensure_kb(db, args.events)
    load_before = os.getloadavg()
    store = open_store(db)
    urls = pick_urls(store)
    server, thread, base = serve(store)
    try:
        times = measure(base, urls, args.rounds, args.budget)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    rows = [{"url": label, "example": urls[label][0], "n": len(ms),
             "p50_ms": round(statistics.median(ms), 1), "p95_ms": round(p95(ms), 1),
             "max_ms": round(max(ms), 1), "ok": p95(ms) < TARGET_MS}
            for label, ms in times.items()]
    slow = {r["url"] for r in rows if not r["ok"]}
    profiles = profile(store, urls, slow)
    store.close()
    width = max(len(r["url"]) for r in rows)
    print(f"\n{'page / call'.ljust(width)}  {'n':>3}  {'p50 ms':>8}  {'p95 ms':>8}  "
          f"{'max ms':>8}  p95<{TARGET_MS:.0f}")
    for r in rows:
        print(f"{r['url'].ljust(width)}  {r['n']:>3}  {r['p50_ms']:>8.1f}  {r['p95_ms']:>8.1f}  "
              f"{r['max_ms']:>8.1f}  {'yes' if r['ok'] else 'NO'}")
    for label, info in profiles.items():
        print(f"\n{label}: {info['path']} - {info['total_ms']} ms, SQL {info['sql_ms']} ms in "
              f"{info['statements']} statements; slowest:")
        for q in info["slowest"]:
            print(f"  {q['ms']:>8.1f} ms x{q['runs']:<3} {q['caller']}")
            print(f"           {q['sql'][:160]}")
    result = {"target_p95_ms": TARGET_MS, "kb": meta, "rounds": args.rounds, "rows": rows,
              "slow": profiles, "machine": {"python": platform.python_version(),
                                            "sqlite": sqlite3.sqlite_version,
                                            "platform": platform.platform(),
                                            "cpus": os.cpu_count(),
                                            "loadavg_before": [round(x, 2) for x in load_before],
                                            "loadavg_after": [round(x, 2)
                                                              for x in os.getloadavg()]}}
    path = RESULTS.with_name(f"{args.output}.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
