"""How much does storing add to extraction? Extraction alone vs extraction + store, side by side.

    .venv/bin/python bench/store_bench.py                  # demo corpus, SQLite
    .venv/bin/python bench/store_bench.py --source news --docs 200
    .venv/bin/python bench/store_bench.py --db postgresql://postgres@127.0.0.1:5432/bench

The same documents go through (a) ``Extractor.extract_many`` alone, (b) a full ingest into a
fresh store (extract + resolve + store, one transaction per batch) and (c) ``Store.add`` of the
records from (a) into another fresh store. Rounds alternate (a) and (b); the best time of each
is kept. Prints a table and writes ``bench/results/store_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dateline.article import Article  # noqa: E402
from dateline.extract.pipeline import Extractor  # noqa: E402
from dateline.ingest import iter_documents  # noqa: E402
from dateline.jobs.ingest import ingest_documents  # noqa: E402
from dateline.store import Store, open_store  # noqa: E402

NEWS = REPO.parent / "shared" / "data" / "news_raw_bench" / "news_raw_bench.jsonl"
DEMO = REPO / "examples" / "demo"
RESULTS = REPO / "bench" / "results" / "store_bench.json"


def load_documents(source: str, docs: int, copies: int) -> list[Article]:
    """The benchmark texts: the demo corpus (``copies`` times, as distinct articles from
    different outlets) or the first ``docs`` articles of the shared news benchmark."""
    if source == "news":
        if not NEWS.exists():
            sys.exit(f"store_bench: {NEWS} not found")
        out = []
        with NEWS.open(encoding="utf-8") as stream:
            for line in stream:
                obj = json.loads(line)
                if obj.get("text", "").strip():
                    out.append(Article(text=obj["text"], id=obj["id"], url=obj.get("url"),
                                       published=(obj.get("date") or None)))
                if len(out) >= docs:
                    break
        return out
    base = [d for d in iter_documents([str(DEMO)]) if isinstance(d, Article)]
    out = []
    for copy in range(copies):
        for doc in base:
            out.append(Article(text=doc.text, id=f"{doc.id}-{copy}",
                               url=f"https://outlet{copy}.example-outlet.test/{doc.id}",
                               published=doc.published, source=f"Outlet {copy}"))
    return out[:docs] if docs else out


def fresh_store(db: str | None, tmp: Path, name: str) -> Store:
    if db is None:
        return open_store(str(tmp / f"{name}.db"))
    store = open_store(db)
    tables = ("event_history, event_actors, event_sources, event_countries, events, "
              "role_sources, roles, mentions, article_actors, actors, articles")
    store.db.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    return store


class StoreClock:
    """Times the store's share of an ingest: the skip lookups and the batch writes."""

    def __init__(self, store: Store) -> None:
        self.seconds = 0.0
        writer = store.writer
        for name in ("known", "add_batch"):
            setattr(writer, name, self._wrap(getattr(writer, name)))

    def _wrap(self, method: Callable[..., object]) -> Callable[..., object]:
        def timed_method(*args: object, **kwargs: object) -> object:
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start
        return timed_method


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", choices=["demo", "news"], default="demo")
    parser.add_argument("--docs", type=int, default=0, help="documents (news: default 150)")
    parser.add_argument("--copies", type=int, default=3, help="demo corpus copies")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--db", default=None, help="postgresql:// URL (default: SQLite file)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()

    docs = load_documents(args.source, args.docs or (150 if args.source == "news" else 0),
                          args.copies)
    words = sum(len(d.text.split()) for d in docs)
    extractor = Extractor(batch_size=args.batch_size)
    list(extractor.extract_many(docs[:4]))  # load the model, warm the caches

    extract_times, ingest_times, store_shares = [], [], []
    pairs: list = []
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        for round_ in range(args.rounds):
            seconds, result = timed(lambda: list(extractor.extract_many(docs)))
            extract_times.append(seconds)
            pairs = result  # type: ignore[assignment]
            store = fresh_store(args.db, tmp, f"ingest{round_}")
            clock = StoreClock(store)
            seconds, stats = timed(lambda: ingest_documents(
                docs, store, extractor, batch_size=args.batch_size))  # noqa: B023
            ingest_times.append(seconds)
            store_shares.append(clock.seconds / (seconds - clock.seconds))
            store.close()
        store = fresh_store(args.db, tmp, "store-only")
        store_seconds, _ = timed(lambda: store.add(pairs, batch_size=args.batch_size))
        counts = {t: store.db.scalar(f"SELECT COUNT(*) FROM {t}") for t in
                  ("articles", "actors", "roles", "events", "event_sources", "mentions")}
        store.close()

    extract_s, ingest_s = min(extract_times), min(ingest_times)
    n = len(docs)
    rows = [
        ("extraction alone", extract_s),
        ("extraction + store (ingest)", ingest_s),
        ("store alone (Store.add)", store_seconds),
    ]
    print(f"{n} documents, {words:,} words, source={args.source}, "
          f"backend={'postgresql' if args.db else 'sqlite'}, batch={args.batch_size}")
    print(f"{'mode':<30} {'seconds':>8} {'docs/s':>8} {'ms/doc':>8}")
    print(f"{'-' * 30} {'-' * 8} {'-' * 8} {'-' * 8}")
    for label, seconds in rows:
        print(f"{label:<30} {seconds:8.2f} {n / seconds:8.1f} {1000 * seconds / n:8.2f}")
    overhead_ingest = (ingest_s - extract_s) / extract_s
    overhead_store = store_seconds / extract_s
    share = min(store_shares)
    print(f"storage overhead: {100 * share:.1f}% of extraction time inside the ingest "
          f"(timed store calls / the rest), {100 * overhead_store:.1f}% (store alone / "
          f"extraction alone), {100 * overhead_ingest:+.1f}% (ingest - extraction wall time, "
          "noisy on a shared machine)")
    result = {
        "documents": n, "words": words, "source": args.source,
        "backend": "postgresql" if args.db else "sqlite", "batch_size": args.batch_size,
        "rounds": args.rounds, "extract_seconds": round(extract_s, 3),
        "ingest_seconds": round(ingest_s, 3), "store_seconds": round(store_seconds, 3),
        "extract_times": [round(t, 3) for t in extract_times],
        "ingest_times": [round(t, 3) for t in ingest_times],
        "store_overhead": round(overhead_store, 4), "ingest_overhead": round(overhead_ingest, 4),
        "store_share_in_ingest": round(share, 4),
        "store_share_in_ingest_rounds": [round(x, 4) for x in store_shares],
        "rows": counts, "python": platform.python_version(), "machine": platform.machine(),
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    existing = json.loads(args.output.read_text()) if args.output.exists() else {}
    key = f"{args.source}-{result['backend']}"
    existing = existing if isinstance(existing, dict) and "runs" in existing else {"runs": {}}
    existing["runs"][key] = result
    args.output.write_text(json.dumps(existing, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.output.relative_to(REPO) if args.output.is_relative_to(REPO) else args.output}")


if __name__ == "__main__":
    main()
