"""The local engine: input order, worker processes, crashes, bounded reading."""

from __future__ import annotations

import os
from collections.abc import Iterator

from engine_fakes import EchoExtractor, pid_of

from dateline.article import Article, FailedDocument
from dateline.engine.local import LocalEngine
from dateline.errors import MalformedInputError


def _docs(n: int) -> list[Article | FailedDocument]:
    docs: list[Article | FailedDocument] = [Article(text="x" * (i + 1), id=f"d{i}")
                                            for i in range(n)]
    docs[3] = FailedDocument("bad", MalformedInputError("bad: not valid JSON"))
    return docs


def test_one_worker_runs_in_process() -> None:
    engine = LocalEngine(EchoExtractor(), workers=1)
    pairs = list(engine.extract_many(_docs(10)))
    assert [d.id for d, _ in pairs] == [d.id for d in _docs(10)]
    assert {pid_of(r) for _, r in pairs if r.error is None} == {os.getpid()}
    assert pairs[3][1].error is not None and pairs[3][1].error.type == "MalformedInputError"
    assert engine.stats.timings == {"echo": 9.0}


def test_workers_keep_input_order() -> None:
    docs = _docs(50)
    docs.append(Article(text="no id"))
    engine = LocalEngine(EchoExtractor(), workers=2, chunk_size=4)
    pairs = list(engine.extract_many(iter(docs)))
    assert [d for d, _ in pairs] == docs
    assert [r.title.split("|")[0] for _, r in pairs if r.error is None] == \
        [str(len(d.text)) for d in docs if isinstance(d, Article)]
    assert os.getpid() not in {pid_of(r) for _, r in pairs if r.error is None}
    assert docs[-1].id is not None  # named by the extractor, as in-process
    assert sum(engine.stats.chunks.values()) == 13
    assert all(rss > 0 for rss in engine.stats.peak_rss.values())
    assert engine.stats.timings == {"echo": 50.0}


def test_a_document_that_kills_its_worker_fails_alone() -> None:
    docs = _docs(20)
    docs[9] = Article(text="CRASH now", id="killer")
    engine = LocalEngine(EchoExtractor(), workers=2, chunk_size=4)
    pairs = list(engine.extract_many(docs))
    assert [d.id for d, _ in pairs] == [d.id for d in docs]
    failed = {d.id: r.error.message for d, r in pairs if r.error is not None}
    assert set(failed) == {"bad", "killer"}
    assert "died" in failed["killer"]
    assert engine.stats.restarts >= 1


def test_input_is_read_as_needed() -> None:
    read = 0

    def documents() -> Iterator[Article]:
        nonlocal read
        for i in range(1000):
            read += 1
            yield Article(text="y" * 10, id=f"s{i}")

    engine = LocalEngine(EchoExtractor(), workers=2, chunk_size=5, prefetch=2)
    stream = engine.extract_many(documents())
    for _ in range(12):
        next(stream)
    # What was yielded, the chunks in flight and the feeder's read-ahead: how far the feeder
    # thread gets depends on scheduling, but it stays bounded, far from the 1,000 on offer.
    assert read <= 12 + 8 * (2 * 2 * 5)
    stream.close()
