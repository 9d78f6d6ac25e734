"""Records before and after a change, diffed line by line: proof that a refactoring changed no record.

    .venv/bin/python bench/record_diff.py --base HEAD~3            # this tree against a commit
    .venv/bin/python bench/record_diff.py --base main --no-news    # skip the 1,255 news articles
    .venv/bin/python bench/record_diff.py --snapshot /tmp/before   # write this tree's records only
    .venv/bin/python bench/record_diff.py --against /tmp/before    # diff this tree with a snapshot
    .venv/bin/python bench/record_diff.py --base main --no-news --ignore lang   # a field added on purpose

The corpora: the demo (``examples/demo``), the three evaluation sets (``evaluate/data/{heldout,
blind,final}``), the seed report (``../shared/seed``) and the 1,255 articles of
``../shared/data/news_raw_bench``. Inputs are always read from *this* tree, so both sides see the
same documents; the code of the base side comes from a temporary ``git worktree`` at ``--base``.
Each side runs ``dateline extract`` in its own process with its own ``PYTHONPATH``. Prints, per
corpus, the records compared and the number that differ (with the first differing ids), and
writes bench/results/record_diff.json. Exit status 1 when any record differs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import benchlib as B

REPO = B.REPO
SHARED = REPO.parent / "shared"


def corpora(folder: Path, news: bool) -> dict[str, list[str]]:
    """Name -> the input paths handed to ``dateline extract``."""
    demo = REPO / "examples" / "demo"
    sets: dict[str, list[str]] = {
        "demo": [str(demo / "articles"), str(demo / "wire.jsonl")],
    }
    for name in ("heldout", "blind", "final"):
        sets[name] = [str(REPO / "evaluate" / "data" / name / "articles")]
    seed = SHARED / "seed"
    if seed.exists():
        sets["seed"] = [str(p) for p in sorted(seed.glob("*.txt"))]
    if news:
        sets["news"] = [str(B.corpus_file(None, folder))]
    return sets


def snapshot(tree: Path, out: Path, sets: dict[str, list[str]]) -> None:
    """Run ``dateline extract`` from the code in ``tree`` over every corpus into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    for name, paths in sets.items():
        target = out / f"{name}.jsonl"
        cmd = [sys.executable, "-c", "from dateline.cli.main import main; main()",
               "extract", *paths, "-o", str(target), "--no-progress"]
        run = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True)
        if run.returncode not in (0, 1):
            sys.exit(f"extract failed in {tree} on {name}:\n{run.stderr[-2000:]}")
        print(f"  {tree.name}: {name} -> {target}", file=sys.stderr)


def records(path: Path, ignore: frozenset[str] = frozenset()) -> dict[str, str]:
    """id -> the record's line (without the top-level fields in ``ignore``)."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            if ignore & obj.keys():
                line = json.dumps({k: v for k, v in obj.items() if k not in ignore}, ensure_ascii=False)
            out[obj.get("id", "")] = line
    return out


def compare(before: Path, after: Path, names: list[str],
            ignore: frozenset[str] = frozenset()) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name in names:
        a, b = records(before / f"{name}.jsonl", ignore), records(after / f"{name}.jsonl", ignore)
        differ = sorted(i for i in a.keys() | b.keys() if a.get(i) != b.get(i))
        result[name] = {"records": len(b), "differ": len(differ), "first": differ[:10]}
    return result


def worktree(rev: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix="dateline-base-"))
    subprocess.run(["git", "worktree", "add", "--detach", str(path), rev], cwd=REPO, check=True,
                   capture_output=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    side = parser.add_mutually_exclusive_group(required=True)
    side.add_argument("--base", help="git revision whose records are the reference")
    side.add_argument("--against", type=Path, help="a snapshot folder written by --snapshot")
    side.add_argument("--snapshot", type=Path, help="write this tree's records to a folder")
    parser.add_argument("--no-news", action="store_true", help="skip the 1,255 news articles")
    parser.add_argument("--ignore", action="append", default=[], metavar="FIELD",
                        help="a top-level record field left out of the comparison (repeatable), "
                             "for a field a change adds on purpose")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="dateline-diff-"))
    sets = corpora(tmp, news=not args.no_news)
    try:
        if args.snapshot:
            snapshot(REPO, args.snapshot, sets)
            return
        after = tmp / "after"
        snapshot(REPO, after, sets)
        if args.base:
            tree = worktree(args.base)
            try:
                before = tmp / "before"
                snapshot(tree, before, sets)
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=REPO,
                               capture_output=True)
        else:
            before = args.against
        result = compare(before, after, [n for n in sets if (before / f"{n}.jsonl").exists()],
                         frozenset(args.ignore))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows = [(n, r["records"], r["differ"], " ".join(r["first"])) for n, r in result.items()]
    print(B.table(["corpus", "records", "differ", "first differing ids"], rows))
    B.write_results("record_diff", {"base": args.base or str(args.against), "ignore": args.ignore,
                                    "corpora": result,
                                    "machine": B.machine()})
    sys.exit(1 if any(r["differ"] for r in result.values()) else 0)


if __name__ == "__main__":
    main()
