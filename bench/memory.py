"""Peak resident memory per worker: the local engine, bare spaCy and (optionally) Dask workers.

    .venv/bin/python bench/memory.py                 # all 1,255 articles, 2 workers
    .venv/bin/python bench/memory.py --limit 300 --dask
    .venv/bin/python bench/memory.py --limit 300 --russian evaluate/data/ru_dev/articles

Runs, one after the other, over the same articles:

* bare ``nlp.pipe(n_process=N)``: the largest child's peak (``RUSAGE_CHILDREN``);
* ``dateline ingest``'s path: the local engine's N workers extracting, this process reading
  and storing into a temporary SQLite file; each worker reports its own peak
  (``getrusage``) with every chunk; this process's peak is the parent's;
* ``--dask``: the same documents through a local Dask cluster of N workers (one thread each);
  each worker's peak is read with ``client.run``.

With ``--russian DIR`` (default: ``evaluate/data/ru_dev/articles`` when it is there) the Russian
reports of DIR (``*.txt``) are interleaved with the English articles, so every worker loads both
languages (spaCy and Natasha) as it would on a mixed feed.

Target: <= 500 MB per worker, <= 600 MB with both languages loaded. Prints a table; writes
bench/results/memory.json.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

import benchlib as B

MB = 1024 * 1024


def children_peak() -> int:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024


def bare(texts: list[str], workers: int) -> dict[str, Any]:
    import spacy

    nlp = spacy.load(B.BARE_MODEL)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=workers):
        pass
    return {"seconds": time.perf_counter() - start, "worker_peak_mb": children_peak() / MB}


def local_ingest(corpus: Path, workers: int) -> dict[str, Any]:
    from dateline.engine.chunks import peak_rss
    from dateline.engine.local import LocalEngine
    from dateline.ingest import iter_documents
    from dateline.jobs.ingest import ingest_documents
    from dateline.store import open_store

    engine = LocalEngine(workers=workers)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "kb.db")) as store:
        stats = ingest_documents(iter_documents([str(corpus)]), store, engine)
    return {"seconds": time.perf_counter() - start, "added": stats.added,
            "workers_peak_mb": {str(pid): rss / MB for pid, rss in engine.stats.peak_rss.items()},
            "parent_peak_mb": peak_rss() / MB}


def dask_workers(docs: list[Any], workers: int) -> dict[str, Any]:
    from dateline.engine.chunks import peak_rss
    from dateline.engine.dask import DaskEngine

    with DaskEngine(workers=workers) as engine:
        start = time.perf_counter()
        done = sum(1 for _ in engine.extract_many(docs))
        seconds = time.perf_counter() - start
        peaks = engine.client.run(peak_rss)
    return {"seconds": seconds, "documents": done,
            "workers_peak_mb": {address: rss / MB for address, rss in peaks.items()}}


RU_DEV = B.REPO / "evaluate" / "data" / "ru_dev" / "articles"


def russian_objects(folder: Path) -> list[dict[str, Any]]:
    """The Russian reports of ``folder`` as Dateline JSON objects."""
    return [{"id": f"ru-{path.stem}", "text": path.read_text(encoding="utf-8")}
            for path in sorted(folder.glob("*.txt"))]


def mixed_corpus(limit: int | None, folder: Path) -> Path:
    """English news articles with the Russian reports spread among them, as JSON Lines."""
    import json

    english, russian = B.news_objects(limit), russian_objects(folder)
    step = max(1, len(english) // max(1, len(russian)))
    mixed: list[dict[str, Any]] = []
    for i, obj in enumerate(english):
        mixed.append(obj)
        if i % step == 0 and russian:
            mixed.append(russian.pop(0))
    mixed += russian
    path = Path(tempfile.mkdtemp(prefix="dateline-mixed-")) / "mixed.jsonl"
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in mixed), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="articles (default: all 1,255)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--dask", action="store_true", help="also measure Dask workers")
    parser.add_argument("--russian", type=Path, default=RU_DEV if RU_DEV.is_dir() else None,
                        help="a folder of Russian reports (*.txt) mixed into the corpus")
    args = parser.parse_args()
    load = os.getloadavg()
    docs = B.articles(args.limit or None)
    if args.russian is not None:
        corpus = mixed_corpus(args.limit or None, args.russian)
        russian = len(russian_objects(args.russian))
    else:
        corpus, russian = B.corpus_file(args.limit or None), 0
    print(f"{len(docs)} articles, {russian} Russian reports, {args.workers} workers", flush=True)

    results: dict[str, Any] = {"bare": bare([d.text for d in docs], args.workers)}
    print(f"  bare nlp.pipe: {results['bare']['seconds']:.1f} s", flush=True)
    results["local"] = local_ingest(corpus, args.workers)
    print(f"  local engine + SQLite: {results['local']['seconds']:.1f} s", flush=True)
    if args.dask:
        results["dask"] = dask_workers(docs, args.workers)
        print(f"  dask: {results['dask']['seconds']:.1f} s", flush=True)

    rows = [["bare nlp.pipe, largest child", round(results["bare"]["worker_peak_mb"])]]
    for pid, mb in sorted(results["local"]["workers_peak_mb"].items()):
        rows.append([f"local engine worker {pid}", round(mb)])
    rows.append(["ingest parent (read + store)", round(results["local"]["parent_peak_mb"])])
    for address, mb in sorted(results.get("dask", {}).get("workers_peak_mb", {}).items()):
        rows.append([f"dask worker {address}", round(mb)])
    print()
    print(B.table(["process", "peak RSS MB"], rows))
    worst = max(results["local"]["workers_peak_mb"].values())
    target = 600 if russian else 500
    print(f"worst local engine worker: {worst:.0f} MB   target <= {target} MB"
          + (" (English and Russian loaded)" if russian else ""))
    note = B.load_note(load)
    if note:
        print(note)
    path = B.write_results("memory", {"documents": len(docs), "russian_documents": russian,
                                      "workers": args.workers,
                                      "results": results, "note": note, **B.machine()})
    print(f"wrote {path.relative_to(B.REPO)}")


if __name__ == "__main__":
    main()
