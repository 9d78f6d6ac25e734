"""Load on the web server: many clients on the demo knowledge base, this tree against an old one.

    .venv/bin/python bench/load.py                       # old (5c2cdd8) and new, 60 s phases
    .venv/bin/python bench/load.py --old none --duration 10 --clients 50   # a quick look

Each server runs as ``dateline serve`` runs it, on a free 127.0.0.1 port, over a fresh copy of
the demo database (built once with ``dateline demo --no-serve``). The old one comes from
``git archive REV`` and runs as its own ``dateline serve`` ran it (one process; uvicorn with
the asyncio loop and the h11 parser, as its dependencies had no uvloop/httptools). Phases:

* ``closed``: ``--clients`` clients, each sending its next request as soon as the last one is
  answered, for ``--duration`` seconds: throughput, latency, errors (any status >= 500, reset,
  timeout). Targets: 0 errors, >= 2x the old throughput (the issue's 109 req/s), max < 3 s.
* ``paced``: ``--clients`` clients at one request a second each (latency counted from when the
  request was due, so a stall is not hidden): targets p95 < 300 ms, p99 < 1 s.
* ``write``: ``--readers`` clients at one request a second while a token-holder POSTs 10 KB of
  parentheses; the reads' latency while the POST runs against before it.

Requests: a seeded mix of pages and JSON twins over the database's own ids (events, actors,
articles, countries, searches, between, calendar, network, static files). Clients are asyncio
tasks in this process (``bench/httpclient.py``). Prints a table per server and writes
``bench/results/load.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import REPO, machine, table, write_results  # noqa: E402
from httpclient import Connection  # noqa: E402

OLD_REV = "5c2cdd8"
TOKEN = "load-bench-token"
OLD_SERVER = ("import sys, uvicorn; from dateline.serve import create_app; "
              "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
              "log_level='warning', loop='asyncio', http='h11')")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def url_mix(db: Path, seed: int) -> list[str]:
    """A weighted, shuffled list of GET paths over the database's own ids and names."""
    con = sqlite3.connect(db)
    ids = {table_: [r[0] for r in con.execute(f"SELECT id FROM {table_} ORDER BY id")]
           for table_ in ("events", "articles")}
    people = [r for r in con.execute("SELECT id, name FROM actors WHERE kind = 'person'")]
    countries = [r[0] for r in con.execute(
        "SELECT country FROM event_countries GROUP BY country ORDER BY COUNT(*) DESC LIMIT 12")]
    con.close()
    rng = random.Random(seed)
    urls: list[str] = []
    for _ in range(40):
        e, a = rng.choice(ids["events"]), rng.choice(ids["articles"])
        pid, name = rng.choice(people)
        c1, c2 = rng.sample(countries, 2)
        twin = rng.choice(["", ".json"])
        urls += [f"/events/{e}{twin}", f"/events/{rng.choice(ids['events'])}",
                 f"/actors/{pid}{twin}", f"/articles/{a}{twin}", f"/countries/{c1}{twin}",
                 f"/events{twin}?country={c1}", f"/events{twin}",
                 f"/search{twin}?q={name.split()[-1]}", f"/between{twin}?a={c1}&b={c2}",
                 f"/calendar{twin}", "/network.json", f"/{'index.json' if twin else ''}",
                 "/static/dateline.css"]
    rng.shuffle(urls)
    return urls


def start_server(kind: str, db: Path, port: int, tree: Path, token: str | None,
                 workers: int | None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop("DATELINE_TOKEN", None)
    if token:
        env["DATELINE_TOKEN"] = token
    if kind == "old":
        cmd = [sys.executable, "-c", OLD_SERVER, str(db), str(port)]
    else:
        cmd = [sys.executable, "-m", "dateline.cli.main", "serve", "--db", str(db),
               "--port", str(port)] + (["--workers", str(workers)] if workers else [])
    return subprocess.Popen(cmd, env=env, cwd=tree, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


async def wait_ready(port: int, limit: float = 90.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        conn = Connection("127.0.0.1", port, timeout=5)
        try:
            if (await conn.request("GET", "/index.json")).status == 200:
                return
        except (TimeoutError, OSError, asyncio.IncompleteReadError):
            await asyncio.sleep(0.3)
        finally:
            await conn.close()
    raise SystemExit(f"the server on port {port} did not start")


class Recorder:
    def __init__(self) -> None:
        self.samples: list[tuple[float, float]] = []  # (done at, latency s)
        self.errors: list[tuple[float, str]] = []  # (when, what)

    def ok(self, done: float, latency: float) -> None:
        self.samples.append((done, latency))

    def error(self, what: str) -> None:
        self.errors.append((time.perf_counter(), what))


async def _get(conn: Connection, path: str, rec: Recorder, started: float) -> None:
    try:
        reply = await conn.request("GET", path)
    except (OSError, asyncio.IncompleteReadError) as exc:
        rec.error(type(exc).__name__)
        return
    except TimeoutError:
        rec.error("timeout")
        return
    now = time.perf_counter()
    if reply.status >= 500:
        rec.error(f"http_{reply.status}")
    else:
        rec.ok(now, now - started)


async def closed_client(port: int, urls: list[str], start: int, until: float,
                        rec: Recorder) -> None:
    conn, i = Connection("127.0.0.1", port), start
    while time.perf_counter() < until:
        began = time.perf_counter()
        await _get(conn, urls[i % len(urls)], rec, began)
        i += 1
    await conn.close()


async def paced_client(port: int, urls: list[str], start: int, first: float, until: float,
                       rec: Recorder) -> None:
    """One request a second; latency from the moment it was due."""
    conn, i, due = Connection("127.0.0.1", port), start, first
    while due < until:
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        await _get(conn, urls[i % len(urls)], rec, due)
        i, due = i + 1, due + 1.0
    await conn.close()


def summary(rec: Recorder, seconds: float, lo: float | None = None,
            hi: float | None = None) -> dict[str, Any]:
    def inside(t: float) -> bool:
        return (lo is None or t >= lo) and (hi is None or t < hi)

    lat = sorted(x for t, x in rec.samples if inside(t))
    kinds: dict[str, int] = {}
    for t, what in rec.errors:
        if inside(t):
            kinds[what] = kinds.get(what, 0) + 1
    pick = (lambda q: round(lat[min(len(lat) - 1, int(q * len(lat)))] * 1000, 1)) if lat else (
        lambda q: None)
    return {"requests": len(lat), "errors": sum(kinds.values()), "error_kinds": kinds,
            "rps": round(len(lat) / seconds, 1) if seconds else None, "p50_ms": pick(0.50),
            "p95_ms": pick(0.95), "p99_ms": pick(0.99),
            "max_ms": round(lat[-1] * 1000, 1) if lat else None}


async def phase_closed(port: int, urls: list[str], clients: int, duration: float) -> dict:
    rec = Recorder()
    until = time.perf_counter() + duration
    await asyncio.gather(*(closed_client(port, urls, i * 7, until, rec) for i in range(clients)))
    return summary(rec, duration)


async def phase_paced(port: int, urls: list[str], clients: int, duration: float) -> dict:
    rec = Recorder()
    now = time.perf_counter()
    until = now + duration
    await asyncio.gather(*(paced_client(port, urls, i * 7, now + i / clients, until, rec)
                           for i in range(clients)))
    return summary(rec, duration)


async def phase_write(port: int, urls: list[str], readers: int, duration: float) -> dict:
    """Readers at 1 request/s; after a third of the time, one POST of 10 KB of parentheses."""
    rec = Recorder()
    now = time.perf_counter()
    until, post_at = now + duration, now + duration / 3
    window: dict[str, Any] = {}

    async def writer() -> None:
        await asyncio.sleep(post_at - time.perf_counter())
        conn = Connection("127.0.0.1", port, timeout=duration * 3)
        body = b'{"text": "' + b"(" * 5000 + b")" * 5000 + b'"}'
        began = time.perf_counter()
        try:
            reply = await conn.request("POST", "/api/documents", body, {
                "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
            window["status"] = reply.status
        except (TimeoutError, OSError, asyncio.IncompleteReadError) as exc:
            window["status"] = type(exc).__name__
        window["start"], window["end"] = began, time.perf_counter()
        await conn.close()

    await asyncio.gather(writer(), *(paced_client(port, urls, i * 7, now + i / readers,
                                                  max(until, now + 1), rec)
                                     for i in range(readers)))
    start, end = window["start"], window["end"]
    return {"post_status": window["status"], "post_seconds": round(end - start, 2),
            "reads_before_post": summary(rec, start - now, hi=start),
            "reads_while_post_runs": summary(rec, max(min(end, until) - start, 1e-9), lo=start,
                                             hi=end)}


def run_server_phases(kind: str, tree: Path, demo: Path, args: argparse.Namespace) -> dict:
    results: dict[str, Any] = {}
    urls = url_mix(demo, args.seed)
    for name in args.phases:
        with tempfile.TemporaryDirectory(prefix="dateline-load-") as tmp:
            db = Path(tmp) / "demo.db"
            shutil.copy(demo, db)
            port = free_port()
            token = TOKEN if name == "write" else None
            server = start_server(kind, db, port, tree, token, args.workers)
            try:
                asyncio.run(wait_ready(port))
                asyncio.run(phase_closed(port, urls, 10, 3.0))  # warm-up
                if name == "closed":
                    results[name] = asyncio.run(phase_closed(port, urls, args.clients,
                                                             args.duration))
                elif name == "paced":
                    results[name] = asyncio.run(phase_paced(port, urls, args.clients,
                                                            args.duration))
                else:
                    results[name] = asyncio.run(phase_write(port, urls, args.readers,
                                                            max(args.duration, 30.0)))
            finally:
                os.killpg(server.pid, 15)
                server.wait(timeout=30)
        print(f"  {kind} {name}: {results[name]}", flush=True)
    return results


def old_tree(rev: str, folder: Path) -> Path:
    tree = folder / f"dateline-{rev}"
    tree.mkdir()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "dateline"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def report(results: dict[str, Any]) -> None:
    rows = []
    for kind, phases in results.items():
        for name in ("closed", "paced"):
            if name in phases:
                p = phases[name]
                rows.append([kind, name, p["requests"], p["errors"], p["rps"], p["p50_ms"],
                             p["p95_ms"], p["p99_ms"], p["max_ms"]])
        if "write" in phases:
            w = phases["write"]
            for label in ("reads_before_post", "reads_while_post_runs"):
                p = w[label]
                rows.append([kind, f"write: {label} (POST {w['post_seconds']} s, "
                             f"{w['post_status']})", p["requests"], p["errors"], p["rps"],
                             p["p50_ms"], p["p95_ms"], p["p99_ms"], p["max_ms"]])
    print(table(["server", "phase", "requests", "errors", "req/s", "p50 ms", "p95 ms",
                 "p99 ms", "max ms"], rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", default=OLD_REV, help="git revision to compare, or 'none'")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds per phase")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--readers", type=int, default=50, help="readers in the write phase")
    parser.add_argument("--workers", type=int, default=None, help="new server's --workers")
    parser.add_argument("--phases", default="closed,paced,write")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--db", type=Path, default=None, help="demo database to copy")
    args = parser.parse_args()
    args.phases = [p for p in args.phases.split(",") if p]
    facts = machine()
    with tempfile.TemporaryDirectory(prefix="dateline-load-") as tmp:
        demo = args.db
        if demo is None:
            from dateline.cli.demo import build_demo

            demo = Path(tmp) / "demo.db"
            build_demo(demo)
        results: dict[str, Any] = {}
        if args.old != "none":
            results[f"old ({args.old})"] = run_server_phases("old", old_tree(args.old, Path(tmp)),
                                                             demo, args)
        results["new"] = run_server_phases("new", REPO, demo, args)
    report(results)
    out = write_results("load", {"machine": facts, "load_average_after": os.getloadavg(),
                                 "settings": {k: (str(v) if isinstance(v, Path) else v)
                                              for k, v in vars(args).items()},
                                 "results": results})
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
