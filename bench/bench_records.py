"""The news benchmark's articles with their extraction records, extracted once and cached.

    from bench_records import news_pairs, replayed
    pairs = news_pairs()                      # extracts on first use (minutes), then reads
    pairs_16k = list(replayed(pairs, 16_000))  # the set repeated with distinct URLs and ids

Store benchmarks (``bench/growth.py``, ``bench/pg_ingest.py``) measure resolution and storage,
not extraction: they replay these records through ``Store.add``. The cache lives outside the
repository (``$DATELINE_BENCH_CACHE``, default ``~/.cache/dateline-bench``) because the texts
are the shared data set's; it is keyed by the corpus size and the record schema's fingerprint
(delete it to re-extract with a newer pipeline).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import benchlib as B

from dateline.article import Article
from dateline.record import Record

Pair = tuple[Article, Record]


def cache_dir() -> Path:
    return Path(os.environ.get("DATELINE_BENCH_CACHE", Path.home() / ".cache" / "dateline-bench"))


def news_pairs(limit: int | None = None, *, log: bool = True) -> list[Pair]:
    """The first ``limit`` news benchmark articles (all 1,255 by default) with their records."""
    schema = hashlib.sha256(json.dumps(Record.model_json_schema(), sort_keys=True)
                            .encode()).hexdigest()[:10]
    path = cache_dir() / f"news_records-{limit or 'all'}-{schema}.jsonl"
    docs = B.articles(limit)
    if path.exists():
        records = [Record.model_validate_json(line) for line in path.read_text("utf-8").splitlines()]
        if [r.id for r in records] == [d.id for d in docs]:
            return list(zip(docs, records, strict=True))
    from dateline.extract.pipeline import Extractor

    start = time.perf_counter()
    pairs = [(doc, record) for doc, record in Extractor().extract_many(docs)
             if isinstance(doc, Article)]
    if log:
        print(f"extracted {len(pairs)} articles in {time.perf_counter() - start:.0f} s "
              f"(cached in {path})", flush=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("".join(r.to_json() + "\n" for _, r in pairs), encoding="utf-8")
    tmp.replace(path)
    return pairs


def replayed(pairs: list[Pair], n: int, *, start: int = 0,
             distinct_texts: bool = False) -> Iterator[Pair]:
    """``n`` pairs: ``pairs`` repeated, copy ``k`` with ids ``ID~k`` and URLs ``...#copy-k``
    (distinct articles with the same text and record), from the ``start``-th pair on.

    The store takes a copy of a text it holds for what its first copy was (``store/twins.py``);
    ``distinct_texts`` ends copy ``k``'s text with a line of its own (the record's offsets stay
    true), so each copy is resolved afresh, as a different report of the same news would be."""
    for index in range(start, start + n):
        copy, position = divmod(index, len(pairs))
        doc, record = pairs[position]
        if copy == 0:
            yield doc, record
            continue
        doc_id = f"{doc.id}~{copy}"
        url = f"{doc.url or 'https://bench.example.test/' + str(doc.id)}#copy-{copy}"
        text = f"{doc.text}\n\n(copy {copy})" if distinct_texts else doc.text
        yield (dataclasses.replace(doc, id=doc_id, url=url, text=text),
               record.model_copy(update={"id": doc_id, "url": url}))


def dump(pairs: Iterable[Pair]) -> list[str]:
    """The pairs as JSON lines (for comparing two runs)."""
    return [json.dumps({"id": d.id, "record": json.loads(r.to_json())}) for d, r in pairs]
