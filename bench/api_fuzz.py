"""The API against its OpenAPI document: ``schemathesis run --checks all`` on a live server.

    .venv/bin/python bench/api_fuzz.py                    # seeds 1-3, this tree
    .venv/bin/python bench/api_fuzz.py --old 5c2cdd8      # and the old tree, for the before

Each run serves a fresh copy of the demo database with ``dateline serve`` on a free 127.0.0.1
port - once read-only (as deployed by default) and once with a token that schemathesis sends, so
``POST /api/documents`` is exercised too, after one warm-up write (the first write waits while
its worker process loads spaCy) - and runs schemathesis with every check (server
errors, undocumented statuses and content types, schema-valid requests rejected, invalid ones
accepted, response schemas, missing auth, ...). Target: 0 failures. ``tests/serve/
test_openapi_fuzz.py`` runs a bounded, seeded version in CI. Prints a table and writes
``bench/results/api_fuzz.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import REPO, machine, table, write_results  # noqa: E402
from load import OLD_REV, free_port, old_tree, start_server  # noqa: E402

TOKEN = "fuzz-bench-token"
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


def wait_ready(port: int, limit: float = 90.0) -> None:
    import httpx

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/index.json", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.3)
    raise SystemExit(f"the server on port {port} did not start")


def warm_writes(port: int, token: str) -> None:
    import httpx

    answer = httpx.post(f"http://127.0.0.1:{port}/api/documents", timeout=300,
                        json={"text": "RIGA, June 3. Latvian Foreign Minister Janis Ozols met "
                                      "Estonian Foreign Minister Mart Tamm in Riga on Monday."},
                        headers={"Authorization": f"Bearer {token}"})
    if answer.status_code != 201:
        raise SystemExit(f"the warm-up write failed: {answer.status_code} {answer.text}")


def fuzz(kind: str, tree: Path, demo: Path, seed: int, token: str | None, max_examples: int,
         folder: Path) -> dict[str, Any]:
    db = folder / f"{kind}-{seed}-{bool(token)}.db"
    shutil.copy(demo, db)
    port = free_port()
    server = start_server("old" if kind != "new" else "new", db, port, tree, token, None)
    report = folder / f"report-{kind}-{seed}-{bool(token)}.json"
    try:
        wait_ready(port)
        if token:  # the first write waits for its worker to load spaCy: not part of the contract
            warm_writes(port, token)
        cmd = [str(SCHEMATHESIS), "run", f"http://127.0.0.1:{port}/api/openapi.json",
               "--checks", "all", "--seed", str(seed), "--max-examples", str(max_examples),
               "--no-color", "--generation-database", "none", "--workers", "1",
               "--report", "json", "--report-json-path", str(report),
               "--request-timeout", "60"]
        if token:
            cmd += ["-H", f"Authorization: Bearer {token}"]
        began = time.monotonic()
        subprocess.run(cmd, capture_output=True, timeout=900, check=False)
        seconds = time.monotonic() - began
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
    data = json.loads(report.read_text(encoding="utf-8"))
    failures = {f["code"] + " " + f["title"]: f["count"] for f in data.get("failures", [])}
    return {"server": kind, "seed": seed, "token": bool(token),
            "generated": data["test_cases"]["generated"],
            "failures": sum(failures.values()), "by_check": failures,
            "errors": len(data.get("errors", [])),
            "error_details": [str(e)[:300] for e in data.get("errors", [])],
            "exit_code": data.get("exit_code"),
            "seconds": round(seconds, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--max-examples", type=int, default=100)
    parser.add_argument("--old", default="none", help=f"also fuzz this revision (e.g. {OLD_REV})")
    parser.add_argument("--db", type=Path, default=None, help="demo database to copy")
    parser.add_argument("--output", default="api_fuzz",
                        help="JSON name under bench/results/ (never overwrite an older run's)")
    args = parser.parse_args()
    if not SCHEMATHESIS.exists():
        sys.exit("schemathesis is not installed (pip install -e '.[dev]')")
    facts = machine()
    runs = []
    with tempfile.TemporaryDirectory(prefix="dateline-fuzz-") as tmp:
        folder = Path(tmp)
        demo = args.db
        if demo is None:
            from dateline.cli.demo import build_demo

            demo = folder / "demo.db"
            build_demo(demo)
        trees = [("new", REPO)]
        if args.old != "none":
            trees.insert(0, (f"old ({args.old})", old_tree(args.old, folder)))
        for kind, tree in trees:
            for seed in [int(s) for s in args.seeds.split(",")]:
                for token in (None, TOKEN):
                    run = fuzz(kind, tree, demo, seed, token, args.max_examples, folder)
                    print(f"  {run}", flush=True)
                    runs.append(run)
    print(table(["server", "seed", "token", "test cases", "failures", "by check", "errors",
                 "s"],
                [[r["server"], r["seed"], "yes" if r["token"] else "no", r["generated"],
                  r["failures"], ", ".join(f"{k}: {v}" for k, v in r["by_check"].items()),
                  r["errors"], r["seconds"]] for r in runs]))
    out = write_results(args.output, {"machine": facts, "max_examples": args.max_examples,
                                     "runs": runs})
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
