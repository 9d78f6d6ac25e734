"""Worker start-up as a user pays it: from launching a fresh Python process to extractors ready.

    .venv/bin/python bench/startup.py                 # 3 rounds, 2 workers
    .venv/bin/python bench/startup.py --rounds 5 --workers 2

Each run is a new interpreter (``sys.executable``), so the clock includes the interpreter's
start, every import, the spaCy model, the lexicons and the warm-up document - what
``dateline extract --workers N`` pays before its first document. The runs:

* ``1 process``: ``Extractor()`` and :func:`prepare_worker` (``--workers 1``);
* ``N workers, spawn``: ``LocalEngine(workers=N, context="spawn").start()``: each worker
  loads its own copy (macOS and Windows);
* ``N workers, fork``: the same with ``context="fork"`` (the default on Linux): the parent
  loads once and forks.

"ready" is the wall time from the launch to the moment the last extractor is ready (the
worker's own clock, ``LocalEngine.ready_at``); "CPU" is the user + system time of the process
and its workers together. The runs alternate over ``--rounds`` rounds; the fastest of each is
kept (a shared machine). Target: ready < 1.5 s (issue 18). Writes bench/results/startup.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from typing import Any

import benchlib as B

CHILD = """
import json, resource, sys, time
from dateline.engine.chunks import prepare_worker
from dateline.engine.local import LocalEngine
from dateline.extract.pipeline import Extractor
workers, context = int(sys.argv[1]), sys.argv[2]
if workers == 1:
    extractor = Extractor()
    prepare_worker(extractor)
    ready = time.time()
else:
    engine = LocalEngine(Extractor(), workers=workers, context=context)
    engine.start()
    # an older tree has no ready_at: its start() returns 0.5 s after the last worker is ready
    ready = max(getattr(engine, "ready_at", {}).values(), default=time.time() - 0.5)
    engine.close()
usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
print(json.dumps({"ready": ready, "cpu": sum(u.ru_utime + u.ru_stime for u in usage)}))
"""


def launch(workers: int, context: str, tree: str) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=tree)
    start = time.time()
    # run in the tree: ``python -c`` puts the working folder first on sys.path
    done = subprocess.run([sys.executable, "-c", CHILD, str(workers), context], env=env,
                          cwd=tree, capture_output=True, text=True, check=True, timeout=300)
    child = json.loads(done.stdout.strip().splitlines()[-1])
    return {"ready_seconds": round(child["ready"] - start, 3),
            "cpu_seconds": round(child["cpu"], 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--output", default="startup")
    parser.add_argument("--tree", default=str(B.REPO),
                        help="the checkout to measure (e.g. an exported older revision)")
    args = parser.parse_args()
    load = os.getloadavg()
    n = args.workers
    plan = {"1 process": (1, "none"), f"{n} workers, spawn": (n, "spawn"),
            f"{n} workers, fork": (n, "fork")}
    every: dict[str, list[dict[str, Any]]] = {name: [] for name in plan}
    for number in range(1, args.rounds + 1):
        for name, (workers, context) in plan.items():
            result = launch(workers, context, args.tree)
            every[name].append(result)
            print(f"round {number} {name}: ready {result['ready_seconds']:.2f} s, "
                  f"CPU {result['cpu_seconds']:.2f} s", flush=True)
    best = {name: min(runs, key=lambda r: r["ready_seconds"]) for name, runs in every.items()}
    rows = [[name, best[name]["ready_seconds"], best[name]["cpu_seconds"],
             " ".join(f"{r['ready_seconds']:.2f}" for r in every[name])] for name in plan]
    print()
    print(B.table(["run", "best ready s", "its CPU s", "every round ready s"], rows))
    note = B.load_note(load)
    if note:
        print(note)
    path = B.write_results(args.output, {"tree": args.tree, "workers": n, "rounds": args.rounds, "best": best,
                                         "every_round": every, "target_ready_seconds": 1.5,
                                         "load_before": [round(x, 2) for x in load],
                                         "note": note, **B.machine()})
    print(f"wrote {path.relative_to(B.REPO)}")


if __name__ == "__main__":
    main()
