"""Dask vs the local engine at equal workers, side by side, with the CPU time of every process.

    .venv/bin/python bench/dask_vs_local.py --limit 400 --rounds 3 --output dask_vs_local

Each round starts a local engine (``LocalEngine(workers=N).start()``) and a Dask local cluster
(``DaskEngine(workers=N).client``), in alternating order, and times ``extract_many`` over the
same articles (start-up is timed apart, as in ``bench/scaling.py``). Beside the wall clock it
records the user + system CPU seconds of this process, of the workers and (Dask) of the
nannies, from ``psutil`` before and after the timed part, and the load average around each
run: on a machine shared with other work the CPU ratio says what the engine costs, the wall
ratio what a user waits. Dask >= 0.9x the local engine (issue 18). With ``--startup K`` it
only times K fresh interpreters starting a Dask local cluster (ready to extract). Writes
bench/results/<output>.json.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Any

import benchlib as B


def cpu_tree() -> dict[int, float]:
    """CPU seconds (user + system) of this process and each of its descendants, by pid."""
    import psutil

    me = psutil.Process()
    out = {}
    for proc in [me, *me.children(recursive=True)]:
        try:
            times = proc.cpu_times()
            out[proc.pid] = times.user + times.system
        except psutil.Error:
            continue
    return out


def measured(start: Any, run: Any, roles: Any) -> dict[str, Any]:
    """Start-up seconds, then wall and CPU seconds (per role) of ``run()``."""
    load_before = os.getloadavg()[0]
    began = time.perf_counter()
    start()
    startup = time.perf_counter() - began
    before = cpu_tree()
    began = time.perf_counter()
    documents = run()
    seconds = time.perf_counter() - began
    after = cpu_tree()
    cpu: dict[str, float] = {}
    for pid, used in after.items():
        role = roles(pid)
        cpu[role] = cpu.get(role, 0.0) + used - before.get(pid, 0.0)
    cpu = {k: round(v, 2) for k, v in cpu.items()}
    return {"seconds": round(seconds, 2), "startup_seconds": round(startup, 2),
            "documents": documents, "cpu_seconds": cpu,
            "cpu_total": round(sum(cpu.values()), 2),
            "load_before": round(load_before, 2), "load_after": round(os.getloadavg()[0], 2)}


def local(docs: list[Any], workers: int) -> dict[str, Any]:
    from dateline.engine.local import LocalEngine
    from dateline.extract.pipeline import Extractor

    engine = LocalEngine(Extractor(), workers=workers)

    def role(pid: int) -> str:
        return "parent" if pid == os.getpid() else "workers"

    try:
        return measured(engine.start, lambda: sum(1 for _ in engine.extract_many(docs)), role)
    finally:
        engine.close()


def dask(docs: list[Any], workers: int) -> dict[str, Any]:
    from dateline.engine.dask import DaskEngine

    engine = DaskEngine(workers=workers)
    worker_pids: set[int] = set()

    def start() -> None:
        client = engine.client
        worker_pids.update(client.run(os.getpid).values())

    def role(pid: int) -> str:
        if pid == os.getpid():
            return "parent"
        return "workers" if pid in worker_pids else "nannies"

    try:
        return measured(start, lambda: sum(1 for _ in engine.extract_many(docs)), role)
    finally:
        engine.close()


CHILD = """
import json, os, sys, time
import psutil
def main():
    from dateline.engine.dask import DaskEngine
    engine = DaskEngine(workers=int(sys.argv[1]))
    engine.client
    ready = time.time()
    me = psutil.Process()
    cpu = sum(sum(p.cpu_times()[:2]) for p in [me, *me.children(recursive=True)])
    engine.close()
    print(json.dumps({"ready": ready, "cpu": cpu}))
if __name__ == "__main__":
    main()
"""


def startup(workers: int) -> dict[str, float]:
    """A fresh interpreter to a Dask local cluster whose workers are ready to extract: wall
    seconds and the CPU seconds of the process and its workers."""
    import json
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:  # spawned workers re-import the main module
        script = Path(tmp) / "dask_start.py"
        script.write_text(CHILD, encoding="utf-8")
        began = time.time()
        done = subprocess.run([sys.executable, str(script), str(workers)], cwd=B.REPO,
                              env=dict(os.environ, PYTHONPATH=str(B.REPO)), check=True,
                              capture_output=True, text=True, timeout=600)
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    return {"ready_s": round(facts["ready"] - began, 2), "cpu_s": round(facts["cpu"], 2),
            "load": round(os.getloadavg()[0], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--output", default="dask_vs_local")
    parser.add_argument("--label", default="", help="a note kept in the JSON")
    parser.add_argument("--startup", type=int, default=0,
                        help="only time this many fresh starts of a Dask local cluster")
    args = parser.parse_args()
    if args.startup:
        starts = []
        for _ in range(args.startup):
            starts.append(startup(args.workers))
            print(starts[-1], flush=True)
        path = B.write_results(args.output, {"workers": args.workers, "label": args.label,
                                             "startups": starts, **B.machine()})
        print(f"wrote {path.relative_to(B.REPO)}")
        return
    docs = B.articles(args.limit)
    print(f"{len(docs)} articles, {B.words([d.text for d in docs]):,} words", flush=True)
    rounds = []
    for number in range(args.rounds):
        order = ["local", "dask"] if number % 2 == 0 else ["dask", "local"]
        row: dict[str, Any] = {}
        for name in order:
            fn = local if name == "local" else dask
            row[name] = fn(docs, args.workers)
            r = row[name]
            print(f"round {number + 1} {name}: {r['seconds']} s wall, CPU {r['cpu_seconds']}, "
                  f"start-up {r['startup_seconds']} s, load {r['load_before']}"
                  f"->{r['load_after']}", flush=True)
        row["wall_ratio"] = round(row["local"]["seconds"] / row["dask"]["seconds"], 3)
        row["cpu_ratio"] = round(row["local"]["cpu_total"] / row["dask"]["cpu_total"], 3)
        print(f"  dask vs local: wall {row['wall_ratio']}x, CPU {row['cpu_ratio']}x",
              flush=True)
        rounds.append(row)
    walls = [r["wall_ratio"] for r in rounds]
    cpus = [r["cpu_ratio"] for r in rounds]
    summary = {"wall_ratios": walls, "cpu_ratios": cpus,
               "median_wall_ratio": sorted(walls)[len(walls) // 2],
               "median_cpu_ratio": sorted(cpus)[len(cpus) // 2],
               "best_local_s": min(r["local"]["seconds"] for r in rounds),
               "best_dask_s": min(r["dask"]["seconds"] for r in rounds)}
    summary["best_vs_best"] = round(summary["best_local_s"] / summary["best_dask_s"], 3)
    print(summary)
    path = B.write_results(args.output, {"documents": len(docs), "workers": args.workers,
                                         "label": args.label, "rounds": rounds,
                                         "summary": summary, **B.machine()})
    print(f"wrote {path.relative_to(B.REPO)}")


if __name__ == "__main__":
    main()
