"""The local engine: input order, worker processes, crashes, bounded reading."""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections.abc import Iterator

import pytest
from engine_fakes import EchoExtractor, pid_of

from dateline.article import Article, FailedDocument
from dateline.engine.local import LocalEngine, default_context
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


# Wire copy written for these tests: a visit, talks with a signing, a call, an invitation.
REPORTS = [
    "ULAANBAATAR, June 2. Mongolian Foreign Minister Batmunkh Erdene arrived in Seoul on Monday "
    "for a two-day official visit and met South Korean Foreign Minister Park Jin-woo.",
    "RIGA, June 3. Latvian Prime Minister Ilze Kalnina and her Estonian counterpart held talks in "
    "Riga on Tuesday and signed an agreement on a joint border crossing.",
    "HANOI, June 4. Vietnamese President Tran Van Minh held a telephone conversation with "
    "Indonesian President Budi Santoso on Wednesday, the foreign ministry said.",
    "ACCRA, June 5. Ghanaian President Kwame Asante invited the President of Senegal to visit "
    "Accra next year, his office said on Thursday.",
]


def _reports() -> list[Article]:
    return [Article(text=text, id=f"w{n}-{i}", published=f"2025-06-0{2 + i}")
            for n in range(2) for i, text in enumerate(REPORTS)]


def test_default_start_is_fork_on_linux() -> None:
    assert default_context() == ("fork" if sys.platform.startswith("linux") else "spawn")


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork")
def test_forked_workers_give_the_records_of_spawned_ones_and_of_one_process() -> None:
    from dateline.extract.pipeline import Extractor

    alone = [r.to_json() for _, r in Extractor().extract_many(_reports())]
    runs = {}
    for context in ("fork", "spawn"):
        with LocalEngine(Extractor(), workers=2, chunk_size=2, context=context) as engine:
            engine.start()
            assert len(engine.ready_at) == 2 and os.getpid() not in engine.ready_at
            # fork: the parent loaded the model once and the workers are its copies;
            # spawn: the parent loaded nothing, each worker its own
            assert (engine.extractor._nlp is not None) == (context == "fork")
            pairs = list(engine.extract_many(_reports()))
        assert set(engine.stats.chunks) <= set(engine.ready_at)
        runs[context] = [r.to_json() for _, r in pairs]
    assert runs["fork"] == runs["spawn"] == alone
    kinds = {e["kind"] for r in alone for e in json.loads(r).get("events") or []}
    assert {"visit", "call"} <= kinds
