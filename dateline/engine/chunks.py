"""What the engines share: chunks of documents out, records and worker facts back.

A worker runs :func:`run_chunk` on a list of Articles with its own copy of the extractor (model
loaded once, by :func:`prepare_worker`); the parent puts the records back in input order with
:func:`pairs_of`. Failed documents (unreadable input) never travel: the parent turns them into
error records itself, as the extractor would.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from dateline.article import Article, FailedDocument
from dateline.errors import ExtractionError
from dateline.record import Record

__all__ = ["ChunkResult", "WorkerStats", "chunked", "error_record", "failed_record",
           "pairs_of", "peak_rss", "prepare_to_fork", "prepare_worker", "run_chunk"]

Document = Article | FailedDocument
Pair = tuple[Document, Record]

WARM_UP = ("WASHINGTON, April 3 (Wire) - Foreign Minister Jane Doe of Freedonia met her "
           "Sylvanian counterpart in Washington on Tuesday and signed an agreement.")


@dataclass(slots=True)
class ChunkResult:
    """What a worker sends back for one chunk of articles."""

    records: list[tuple[str | None, Record]]
    pid: int = 0
    peak_rss: int = 0  # bytes: the worker's peak resident set so far
    timings: dict[str, float] | None = None


@dataclass
class WorkerStats:
    """Facts gathered from the workers' results: peak RSS (bytes) and chunks done per process,
    summed per-stage seconds (when the extractor keeps ``timings``), pool restarts."""

    peak_rss: dict[int, int] = field(default_factory=dict)
    chunks: dict[int, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    restarts: int = 0

    def add(self, result: ChunkResult) -> None:
        if result.pid:
            self.peak_rss[result.pid] = max(self.peak_rss.get(result.pid, 0), result.peak_rss)
            self.chunks[result.pid] = self.chunks.get(result.pid, 0) + 1
        if result.timings:
            merge_timings(self.timings, result.timings)


def merge_timings(into: dict[str, float], more: dict[str, float]) -> None:
    for key, value in more.items():
        into[key] = into.get(key, 0.0) + value


def peak_rss() -> int:
    """This process's peak resident set size in bytes."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)


def prepare_worker(extractor: Any) -> None:
    """Load the model and the stages' data files once, before the first real document, then
    move what is alive out of the collector's generations (``gc.freeze``, no collection first:
    it costs microseconds): a full collection while extracting then walks the documents in
    hand, not the model's and lexicons' objects again (300 news articles, one process: the
    full collections 0.71 -> 0.20 CPU s of 30)."""
    import gc

    getattr(extractor, "nlp", None)
    list(extractor.extract_many([Article(text=WARM_UP, id="warm-up")]))
    timings = getattr(extractor, "timings", None)
    if timings is not None:
        timings.clear()
    gc.freeze()


def prepare_to_fork(extractor: Any) -> None:
    """Load the extractor in a parent about to fork its workers, then move every object alive
    out of the collector's generations, so collections in the workers do not write to (and
    un-share) the pages of the model and the lexicons."""
    import gc

    prepare_worker(extractor)
    gc.collect()
    gc.freeze()


def run_chunk(extractor: Any, articles: list[Article]) -> ChunkResult:
    """Extract ``articles`` with ``extractor``: the records (with the ids the extractor gave
    id-less articles), this process's id, peak RSS and the stage timings since the last chunk."""
    records = [(article.id, record) for article, record in extractor.extract_many(articles)]
    timings = getattr(extractor, "timings", None)
    delta = None
    if timings is not None:
        delta = dict(timings)
        timings.clear()
    return ChunkResult(records=records, pid=os.getpid(), peak_rss=peak_rss(), timings=delta)


def pairs_of(docs: list[Document], result: ChunkResult) -> Iterator[Pair]:
    """(document, record) pairs of a chunk: ``result`` holds the records of its Articles."""
    records = iter(result.records)
    for doc in docs:
        if isinstance(doc, FailedDocument):
            yield doc, failed_record(doc)
            continue
        doc_id, record = next(records)
        if doc.id is None:  # the extractor names id-less articles, as it does in-process
            doc.id = doc_id
        yield doc, record


def chunked(iterator: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while chunk := list(islice(iterator, size)):
        yield chunk


def articles_of(docs: list[Document]) -> list[Article]:
    return [d for d in docs if isinstance(d, Article)]


def failed_record(doc: FailedDocument) -> Record:
    """The error record of a document that could not be read (as the extractor makes it)."""
    return Record.failed(doc.id, doc.error, url=doc.url, source=doc.source)


def error_record(article: Article, message: str) -> Record:
    """An error record for an article the engine could not get extracted."""
    return Record.failed(article.id or "?", ExtractionError(message), url=article.url,
                         source=article.source)
