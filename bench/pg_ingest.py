"""PostgreSQL vs SQLite ingest through ``Store.add``, side by side on the same records.

    .venv/bin/python bench/pg_ingest.py                       # 1,000 news articles, 3 rounds
    .venv/bin/python bench/pg_ingest.py --articles 2000 --source synthetic --pg URL

The records are the news benchmark's, extracted once (``bench/bench_records.py``) and replayed
with distinct URLs, or ``bench/synthetic_kb.py``'s wire reports (``--source synthetic``). Each
round adds them to a fresh SQLite file and a fresh PostgreSQL schema, the two backends
alternating; the best round of each is kept. Besides wall time it reports the CPU time of this
process and of the PostgreSQL server process serving it: on a shared machine the wall time
mostly measures waiting for a core, the CPU times what each backend costs.

PostgreSQL comes from ``--pg URL``, else ``$DATELINE_TEST_PG``, else a throwaway cluster
(``.ci/postgres.sh``). Prints a table; writes bench/results/pg_ingest.json.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import benchlib as B
from bench_records import Pair, news_pairs, replayed
from store_api import pg_schema, postgres

from dateline.store import open_store


def _server_cpu(pid: int) -> float:
    """User + system CPU seconds of a local process (the PostgreSQL backend serving us)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(url: str, pairs: list[Pair], batch: int) -> dict[str, Any]:
    with open_store(url) as store:
        pid = store.db.scalar("SELECT pg_backend_pid()") if store.dialect == "postgresql" else None
        server = _server_cpu(pid) if pid else 0.0
        cpu, wall = time.process_time(), time.perf_counter()
        stats = store.add(pairs, batch_size=batch)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        server = _server_cpu(pid) - server if pid else 0.0
        events = store.db.scalar("SELECT COUNT(*) FROM events")
    return {"articles": stats.added, "seconds": round(wall, 3), "cpu_seconds": round(cpu, 3),
            "server_cpu_seconds": round(server, 3), "articles_per_s": B.rate(stats.added, wall),
            "articles_per_cpu_s": B.rate(stats.added, cpu + server), "events": events}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--source", choices=["news", "synthetic"], default="news")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--pg", default=None, help="postgresql:// URL (default: see above)")
    parser.add_argument("--output", default="pg_ingest")
    args = parser.parse_args()

    if args.source == "news":
        pairs = list(replayed(news_pairs(), args.articles))
    else:
        from synthetic_kb import synthetic_pairs

        pairs = list(synthetic_pairs(args.articles, seed=3))
    load_before = os.getloadavg()
    runs: dict[str, list[dict[str, Any]]] = {"sqlite": [], "postgresql": []}
    with tempfile.TemporaryDirectory() as tmp, postgres(args.pg) as pg:
        if pg is None:
            raise SystemExit("pg_ingest: no PostgreSQL server")
        for round_ in range(args.rounds):
            db = Path(tmp) / f"ingest{round_}.db"
            runs["sqlite"].append(run(str(db), pairs, args.batch_size))
            url, _ = pg_schema(pg, f"bench_pg_ingest{round_}", fresh=True)
            runs["postgresql"].append(run(url, pairs, args.batch_size))
            print(f"round {round_ + 1}: " + ", ".join(
                f"{k} {v[-1]['articles_per_s']} art/s" for k, v in runs.items()), flush=True)
    best = {k: min(v, key=lambda r: r["seconds"]) for k, v in runs.items()}
    best_cpu = {k: min(v, key=lambda r: r["cpu_seconds"] + r["server_cpu_seconds"])
                for k, v in runs.items()}
    ratio = best["postgresql"]["articles_per_s"] / best["sqlite"]["articles_per_s"]
    cpu_ratio = (best_cpu["postgresql"]["articles_per_cpu_s"]
                 / best_cpu["sqlite"]["articles_per_cpu_s"])
    print(B.table(["backend", "articles", "seconds", "articles/s", "client CPU s", "server CPU s",
                   "articles/CPU s"],
                  [[k, v["articles"], v["seconds"], v["articles_per_s"], v["cpu_seconds"],
                    v["server_cpu_seconds"], best_cpu[k]["articles_per_cpu_s"]]
                   for k, v in best.items()]))
    print(f"PostgreSQL / SQLite: {ratio:.2f}x articles/s (wall), {cpu_ratio:.2f}x per CPU second "
          f"(client + server); {B.load_note(load_before)}")
    B.write_results(args.output, {
        "source": args.source, "articles": len(pairs), "batch_size": args.batch_size,
        "rounds": args.rounds, "best": best, "best_cpu": best_cpu, "runs": runs,
        "ratio_wall": round(ratio, 3), "ratio_cpu": round(cpu_ratio, 3),
        "load_before": [round(x, 2) for x in load_before], "load_after":
        [round(x, 2) for x in os.getloadavg()], "machine": B.machine()})


if __name__ == "__main__":
    main()
