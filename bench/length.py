"""Time and peak memory of extraction vs document length, per stage (issue 15, defect 6).

    .venv/bin/python bench/length.py                 # 62.5 KB .. 1 MB of news, 40 KB punctuation
    .venv/bin/python bench/length.py --sizes 62500 125000
    .venv/bin/python bench/length.py --jobs 7        # all documents at once

One document per size, made of real news articles joined end to end
(``../shared/data/news_raw_bench``, read at run time; repeated when the size asks for more), and
two 40 KB punctuation floods (``(`` unbroken, and ``". "``). Each document is extracted in its own
process (so the peak RSS is that document's): the model is loaded and warmed on 5 KB of news,
then ``Extractor.extract`` runs once with the extractor's per-stage ``timings`` measured in CPU
seconds (the machine is shared: wall seconds are printed beside them). The seconds are the
extraction's alone (model load excluded). Linear growth shows as a steady ms per KB; the
table gives the growth of each stage against the document's.

Done when (issue 15): 1 MB < 60 s, 40 KB of punctuation < 10 s, peak memory < 1 GB, time linear.
Prints a table; writes ``bench/results/length.json`` (``--out NAME``) (with the load average while measured).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from robustness_inputs import NEWS, news_text  # noqa: E402

RESULTS = REPO / "bench" / "results"
SIZES = (62_500, 125_000, 250_000, 500_000, 1_000_000)
FLOODS = {"punctuation 40 KB": "(" * 40_000, "punctuation 40 KB spaced": ". " * 20_000}
STAGES = ("header", "parse", "people", "coref", "time", "events", "assemble")


def document(case: str) -> str:
    if case in FLOODS:
        return FLOODS[case]
    return news_text(int(case))


def one(case: str) -> dict[str, Any]:
    """Extract the document of ``case`` in this process: timings, seconds, peak RSS."""
    sys.path.insert(0, str(REPO))
    from dateline.article import Article
    from dateline.extract.pipeline import Extractor

    text = document(case)
    extractor = Extractor()
    extractor.extract(Article(text=news_text(5_000), id="warm"))  # loads what loads lazily
    extractor.timings = {}
    extractor.clock = time.process_time  # CPU seconds per stage: other jobs' load left out
    cpu, wall = time.process_time(), time.perf_counter()
    record = extractor.extract(Article(text=text, id="long"))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"case": case, "chars": len(text), "wall_seconds": round(wall, 2),
            "seconds": round(cpu, 2),
            "stages": {k: round(v, 2) for k, v in extractor.timings.items()},
            "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "error": record.error.message if record.error else None,
            "events": len(record.events)}


def measure(case: str, timeout: float) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    try:
        done = subprocess.run([sys.executable, __file__, "--one", case], capture_output=True,
                              text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"case": case, "chars": len(document(case)), "timed_out": True}
    if done.returncode != 0:
        return {"case": case, "chars": len(document(case)), "failed": done.stderr[-2000:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def label(row: dict[str, Any]) -> str:
    return row["case"] if row["case"] in FLOODS else f"news {int(row['case']) / 1000:g} KB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--no-floods", action="store_true")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per document")
    parser.add_argument("--jobs", type=int, default=1,
                        help="documents measured at once, each in its own process (CPU seconds "
                             "and peak memory stay per document)")
    parser.add_argument("--out", default="length.json",
                        help="file name under bench/results/ (never overwrite an older run's)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one)))
        return 0
    if not NEWS.exists():
        sys.exit(f"{NEWS} not found (the shared data sets are read at run time)")
    cases = [str(s) for s in args.sizes] + ([] if args.no_floods else list(FLOODS))
    load_before = os.getloadavg()
    header = (f"{'document':<26} {'chars':>9} {'CPU s':>7} {'wall s':>7} {'ms/KB':>6} "
              f"{'peak MB':>7} | "
              + " ".join(f"{s:>8}" for s in STAGES))
    print(header + "\n" + "-" * len(header), flush=True)
    rows = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        measured = list(pool.map(lambda case: measure(case, args.timeout), cases))
    for row in measured:
        rows.append(row)
        if "seconds" not in row:
            print(f"{label(row):<26} {row['chars']:>9,} "
                  f"{'timed out' if row.get('timed_out') else 'FAILED'}", flush=True)
            continue
        row["ms_per_kb"] = round(1000 * row["seconds"] / (row["chars"] / 1000), 1)
        print(f"{label(row):<26} {row['chars']:>9,} {row['seconds']:>7.1f} "
              f"{row['wall_seconds']:>7.1f} "
              f"{row['ms_per_kb']:>6.1f} {row['rss_mb']:>7} | "
              + " ".join(f"{row['stages'].get(s, 0.0):>8.2f}" for s in STAGES), flush=True)
    news = [r for r in rows if r["case"] not in FLOODS and "seconds" in r]
    growth: dict[str, Any] = {}
    if len(news) >= 2:
        small, big = news[0], news[-1]
        factor = big["chars"] / small["chars"]
        growth = {"length_factor": round(factor, 1),
                  "total": round(big["seconds"] / max(small["seconds"], 0.01), 1),
                  **{s: round(big["stages"].get(s, 0.0) / max(small["stages"].get(s, 0.0), 0.01),
                              1) for s in STAGES}}
        print(f"\n{label(big)} vs {label(small)}: length x{growth['length_factor']}, time "
              f"x{growth['total']}; per stage "
              + ", ".join(f"{s} x{growth[s]}" for s in STAGES))
    load_after = os.getloadavg()
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / args.out
    for row in rows:
        row.update(measured=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                   load_average_before=[round(x, 2) for x in load_before],
                   load_average_after=[round(x, 2) for x in load_after], jobs=args.jobs)
    # the documents not measured now keep their rows from the last run (each row has its time)
    done = {row["case"] for row in rows}
    kept = json.loads(out.read_text(encoding="utf-8")).get("rows", []) if out.exists() else []
    kept = [r for r in kept if r["case"] not in done and "seconds" in r and "measured" in r]
    order = [str(s) for s in SIZES] + list(FLOODS)
    merged = sorted(kept + rows, key=lambda r: order.index(r["case"]) if r["case"] in order
                    else len(order))
    out.write_text(json.dumps({"cpus": os.cpu_count(), "rows": merged, "growth": growth},
                              indent=2) + "\n", encoding="utf-8")
    print(f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after; "
          f"wrote {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
