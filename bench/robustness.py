"""Bad and odd inputs through `dateline extract` and `dateline ingest`: no abort, no lost document.

    .venv/bin/python bench/robustness.py                  # every group, then time vs length
    .venv/bin/python bench/robustness.py --only jsonl warc --no-scaling

``bench/robustness_inputs.py`` writes about 1,900 files (seeded) in groups: binary, empty and
mis-encoded text, lone surrogates, CR/U+2028/NEL separators, huge lines, deep nesting, giant ids,
broken HTML, WARC and feeds, punctuation floods, documents up to the 1 MB maximum. Each group's
folder goes once through `dateline extract` and once through `dateline ingest` (a fresh SQLite
database), each a process with a time bound. Counted per run:

* abort: the process exits other than 0/1, prints a traceback, or runs out of time;
* lost: documents of the group with neither a record nor an error record (extract: records
  written; ingest: added + replaced + unchanged + failed in its summary);
* peak RSS of the process (``wait4``);
* documents over 30 s: groups whose extract took longer are re-run one file at a time, less
  the time of a one-line document (the model load). Seconds of CPU (the process's user +
  system time, from ``wait4``): the machine is shared, and a wall second under a load of 10 is
  not the document's; the wall seconds are kept beside them.

Then time and memory vs document length (`dateline extract` of one document): 62.5/125/250 KB and
1 MB of real news text (``../shared/data/news_raw_bench``, repeated), and 40 KB of punctuation.
Prints tables; writes ``bench/results/robustness.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from robustness_inputs import GROUPS, VISIT, Group, generate, news_text  # noqa: E402

RESULTS = REPO / "bench" / "results"
SLOW_DOCUMENT = 30.0
SUMMARY = re.compile(r"(\d+) documents: (\d+) added, (\d+) replaced, (\d+) unchanged, "
                     r"(\d+) failed")


def run(args: list[str], *, timeout: float, cwd: Path) -> dict[str, Any]:
    """A `dateline` command: exit code, wall and CPU seconds, peak RSS (MB), stderr; killed at
    ``timeout``."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    started = time.monotonic()
    err_path = cwd / "stderr.txt"
    with err_path.open("w") as err:
        child = subprocess.Popen([sys.executable, "-m", "dateline.cli.main", *args], cwd=cwd,
                                 stdout=subprocess.DEVNULL, stderr=err, env=env)
        timed_out = False
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                child.kill()
                timed_out = True
                pid, status, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.05)
    child.returncode = os.waitstatus_to_exitcode(status)
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    return {"code": child.returncode, "seconds": round(time.monotonic() - started, 2),
            "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
            "rss_mb": round(usage.ru_maxrss / 1024), "timed_out": timed_out,
            "traceback": "Traceback (most recent call last)" in stderr, "stderr": stderr[-3000:]}


def aborted(result: dict[str, Any]) -> bool:
    return result["timed_out"] or result["traceback"] or result["code"] not in (0, 1)


def _records(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open(encoding="utf-8", errors="replace") as stream:
        return sum(1 for line in stream if line.strip())


def run_group(group: Group, work: Path, *, timeout: float) -> dict[str, Any]:
    """The group through extract and through ingest."""
    out = work / f"{group.name}.records.jsonl"
    extract = run(["extract", str(group.folder), "-o", str(out), "--no-progress"],
                  timeout=timeout, cwd=work)
    extract["records"] = _records(out)
    extract["lost"] = max(0, group.documents - extract["records"])
    db = work / f"{group.name}.db"
    ingest = run(["ingest", str(group.folder), "--db", str(db), "--workers", "1",
                  "--no-progress"], timeout=timeout, cwd=work)
    found = SUMMARY.search(ingest["stderr"])
    accounted = sum(int(n) for n in found.groups()[1:]) if found else 0
    ingest["accounted"] = accounted
    ingest["lost"] = max(0, group.documents - accounted)
    out.unlink(missing_ok=True)
    return {"group": group.name, "files": group.files, "documents": group.documents,
            "extract": extract, "ingest": ingest}


def slow_documents(group: Group, work: Path, baseline: float, *, timeout: float
                   ) -> list[dict[str, Any]]:
    """Each file of ``group`` alone through extract: those over SLOW_DOCUMENT CPU seconds
    (``baseline``: the CPU seconds of the start-up)."""
    slow = []
    for path in sorted(group.folder.iterdir()):
        result = run(["extract", str(path), "-o", str(work / "one.jsonl"), "--no-progress"],
                     timeout=timeout, cwd=work)
        seconds = result["cpu_seconds"] - baseline
        if seconds > SLOW_DOCUMENT or result["timed_out"]:
            slow.append({"file": f"{group.name}/{path.name}", "bytes": path.stat().st_size,
                         "seconds": round(seconds, 1), "wall_seconds": result["seconds"],
                         "timed_out": result["timed_out"],
                         "rss_mb": result["rss_mb"]})
    return slow


def baseline_seconds(work: Path) -> float:
    """The CPU seconds of `dateline extract` on one line: start-up and model load."""
    one = work / "baseline.txt"
    one.write_text(VISIT, encoding="utf-8")
    return min(run(["extract", str(one), "-o", str(work / "b.jsonl")], timeout=300,
                   cwd=work)["cpu_seconds"] for _ in range(2))


def scaling(work: Path, baseline: float, *, timeout: float) -> list[dict[str, Any]]:
    """Time and peak memory of `dateline extract` on one document of each length."""
    cases = [(f"news {size / 1000:g} KB", news_text(size)) for size in
             (62_500, 125_000, 250_000, 999_000)]
    cases.append(("punctuation 40 KB", "(" * 40_000))
    cases.append(("punctuation 40 KB spaced", ". " * 20_000))
    rows = []
    for label, text in cases:
        path = work / "scaling.txt"
        path.write_text(text, encoding="utf-8")
        result = run(["extract", str(path), "-o", str(work / "s.jsonl")], timeout=timeout,
                     cwd=work)
        rows.append({"document": label, "chars": len(text),
                     "seconds": round(result["cpu_seconds"] - baseline, 1),
                     "wall_seconds": result["seconds"],
                     "timed_out": result["timed_out"], "rss_mb": result["rss_mb"],
                     "record": _records(work / "s.jsonl") == 1})
        print(f"  {label:<26} {len(text):>9,} chars  "
              f"{'> ' if result['timed_out'] else ''}{rows[-1]['seconds']:>7} CPU s  "
              f"peak {result['rss_mb']:>5} MB", flush=True)
    return rows


def _quiet(row: dict[str, Any]) -> dict[str, Any]:
    """A group's row without the stderr of runs that did not abort."""
    return {**row, **{key: {k: v for k, v in row[key].items()
                            if k != "stderr" or aborted(row[key])}
                      for key in ("extract", "ingest")}}


def write_results(data: dict[str, Any], name: str = "robustness.json") -> Path:
    """``bench/results/<name>``, rewritten after each group (a long run that is stopped keeps
    the groups it finished), with the time and load average."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / name
    out.write_text(json.dumps({
        "measured": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "load_average": [round(x, 2) for x in os.getloadavg()], **data}, indent=2) + "\n",
        encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", choices=sorted(GROUPS), help="groups to run")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per run")
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument("--no-slow", action="store_true", help="skip the per-file re-runs")
    parser.add_argument("--out", default="robustness.json",
                        help="file name under bench/results/ (a partial run: another name)")
    parser.add_argument("--sample", type=int, default=None,
                        help="files per group, drawn with the seed (the short run of the tests)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dateline-robustness-") as tmp:
        root, work = Path(tmp) / "inputs", Path(tmp) / "work"
        work.mkdir()
        groups = generate(root, args.seed, args.only, args.sample)
        print(f"{sum(g.files for g in groups)} files, {sum(g.documents for g in groups)} "
              f"documents in {len(groups)} groups", flush=True)
        baseline = 0.0 if args.no_slow and args.no_scaling else baseline_seconds(work)  # not needed
        rows, slow = [], []
        header = f"{'group':<17} {'files':>5} {'docs':>5} | {'extract':<28} | {'ingest':<28}"
        print(header + "\n" + "-" * len(header), flush=True)
        for group in groups:
            row = run_group(group, work, timeout=args.timeout)
            rows.append(row)
            cells = []
            for key in ("extract", "ingest"):
                r = row[key]
                state = "ABORT" if aborted(r) else "ok"
                cells.append(f"{state:<5} lost {r['lost']:>4} {r['seconds']:>6.0f}s "
                             f"{r['rss_mb']:>5}MB")
            print(f"{group.name:<17} {group.files:>5} {group.documents:>5} | {cells[0]:<28} | "
                  f"{cells[1]:<28}", flush=True)
            if not args.no_slow and row["extract"]["cpu_seconds"] - baseline > SLOW_DOCUMENT:
                slow += slow_documents(group, work, baseline, timeout=args.timeout)
            write_results({"complete": False, "seed": args.seed, "groups_done": len(rows),
                           "groups": len(groups), "slow_documents": slow,
                           "groups_so_far": [_quiet(r) for r in rows]}, args.out)
        runs = [row[key] for row in rows for key in ("extract", "ingest")]
        totals = {"files": sum(g.files for g in groups),
                  "documents": sum(g.documents for g in groups),
                  "runs": len(runs), "aborted_runs": sum(aborted(r) for r in runs),
                  "lost_extract": sum(r["extract"]["lost"] for r in rows),
                  "lost_ingest": sum(r["ingest"]["lost"] for r in rows),
                  "documents_over_30s": len(slow),
                  "peak_rss_mb": max(r["rss_mb"] for r in runs),
                  "baseline_cpu_seconds": baseline}
        print(f"\naborted runs {totals['aborted_runs']} / {totals['runs']}; lost documents: "
              f"extract {totals['lost_extract']}, ingest {totals['lost_ingest']} of "
              f"{totals['documents']}; documents > 30 s: {len(slow)}; peak RSS "
              f"{totals['peak_rss_mb']} MB (start-up {baseline:.1f} CPU s)")
        for item in slow:
            print(f"  slow: {item['file']} ({item['bytes']:,} bytes) {item['seconds']} CPU s"
                  f"{' (timed out)' if item['timed_out'] else ''}")
        for row in rows:
            for key in ("extract", "ingest"):
                if aborted(row[key]):
                    tail = row[key]["stderr"].strip().splitlines()[-1:] or [""]
                    print(f"  abort: {row['group']} {key}: code {row[key]['code']}"
                          f"{' timeout' if row[key]['timed_out'] else ''}: {tail[0][:160]}")
        scale: list[dict[str, Any]] = []
        if not args.no_scaling:
            print("\ntime and peak memory vs document length (dateline extract, one document)")
            scale = scaling(work, baseline, timeout=args.timeout)
    out = write_results({"complete": True, "seed": args.seed, "sample": args.sample, "totals": totals,
                         "slow_documents": slow, "groups": [_quiet(r) for r in rows],
                         "scaling": scale}, args.out)
    print(f"wrote {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")
    ok = not totals["aborted_runs"] and not totals["lost_extract"] and not totals["lost_ingest"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
