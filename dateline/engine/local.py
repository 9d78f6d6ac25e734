"""The single-machine engine: every extraction stage in a pool of worker processes.

``LocalEngine(extractor, workers=N).extract_many(documents)`` streams (document, record) pairs
in input order, like :meth:`Extractor.extract_many`, so it plugs into
:func:`dateline.store.ingest.ingest_documents` (skipping known documents, progress bar, one
transaction per batch). Each worker process loads the spaCy model once and runs the whole
pipeline (header, parse, people, coref, time, events) on chunks of documents; the parent only
reads input and writes output. At most ``workers * prefetch`` chunks are in flight, so memory
stays bounded whatever the size of the input.

A worker that dies (a crash in native code, the OOM killer) costs a restart of the pool: the
documents that were in flight are retried one at a time, and the one that kills a worker alone
gets an error record.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from dateline.article import Article, FailedDocument
from dateline.errors import ExtractionError
from dateline.record import Record

__all__ = ["LocalEngine", "default_workers"]

log = logging.getLogger(__name__)

Document = Article | FailedDocument
Pair = tuple[Document, Record]


def default_workers() -> int:
    """Worker processes to use by default: one per CPU."""
    return os.cpu_count() or 1


@dataclass(slots=True)
class ChunkResult:
    """What a worker sends back for one chunk of articles."""

    records: list[tuple[str | None, Record]]
    pid: int
    peak_rss: int  # bytes, the worker's peak resident set so far
    timings: dict[str, float] | None = None


@dataclass(slots=True)
class _Job:
    articles: list[Article]
    future: Future[ChunkResult]
    alone: bool = False  # submitted on its own after a crash: a crash now is its own


@dataclass
class WorkerStats:
    """Per-worker facts gathered from the results: peak RSS (bytes) and chunks done."""

    peak_rss: dict[int, int] = field(default_factory=dict)
    chunks: dict[int, int] = field(default_factory=dict)
    restarts: int = 0


# -- worker side ---------------------------------------------------------------------------
_EXTRACTOR: Any = None


def _init_worker(extractor: Any) -> None:
    """Pool initializer: keep this process's extractor and load its model once."""
    global _EXTRACTOR
    _EXTRACTOR = extractor
    getattr(extractor, "nlp", None)  # the spaCy model, loaded before the first chunk


def _run_chunk(articles: list[Article]) -> ChunkResult:
    extractor = _EXTRACTOR
    records = [(article.id, record) for article, record in extractor.extract_many(articles)]
    timings = getattr(extractor, "timings", None)
    delta = None
    if timings is not None:
        delta = dict(timings)
        timings.clear()
    return ChunkResult(records=records, pid=os.getpid(), peak_rss=peak_rss(), timings=delta)


def peak_rss() -> int:
    """This process's peak resident set size in bytes."""
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)


# -- parent side ---------------------------------------------------------------------------
class LocalEngine:
    """Runs an extractor over documents in ``workers`` processes on this machine.

    ``extractor`` is the template each worker copies (its model, batch size, ``timings``);
    by default ``Extractor()``. With ``workers=1``, or when the input fits in one chunk, the
    documents are extracted in this process. ``timings`` (when the template has a dict) sums
    the workers' per-stage seconds.
    """

    def __init__(self, extractor: Any = None, *, workers: int | None = None,
                 chunk_size: int = 16, prefetch: int = 2, context: str = "spawn") -> None:
        if extractor is None:
            from dateline.extract.pipeline import Extractor

            extractor = Extractor()
        if getattr(extractor, "n_process", 1) != 1:
            raise ValueError("the engine's extractor must parse in one process (n_process=1): "
                             "the engine runs the processes")
        self.extractor = extractor
        self.workers = max(1, workers or default_workers())
        self.chunk_size = max(1, chunk_size)
        self.prefetch = max(1, prefetch)
        self.context = context
        self.stats = WorkerStats()
        self.timings: dict[str, float] | None = (
            {} if getattr(extractor, "timings", None) is not None else None)
        self._pool: ProcessPoolExecutor | None = None

    # The ExtractorLike interface ----------------------------------------------------------
    def extract_many(self, documents: Iterable[Document]) -> Iterator[Pair]:
        """Stream (document, record) pairs in input order."""
        chunks = _chunks(iter(documents), self.chunk_size)
        first = next(chunks, None)
        if first is None:
            return
        second = next(chunks, None) if self.workers > 1 else None
        if second is None:  # one worker, or too little input to pay for starting processes
            yield from self._in_process(first)
            for chunk in chunks:
                yield from self._in_process(chunk)
            return
        try:
            yield from self._pooled(_prepend([first, second], chunks))
        finally:
            self.close()

    def close(self) -> None:
        """Stop the worker processes (pending chunks are cancelled)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------------------------------
    def _in_process(self, chunk: list[Document]) -> Iterator[Pair]:
        yield from self.extractor.extract_many(chunk)
        timings = getattr(self.extractor, "timings", None)
        if self.timings is not None and timings is not None and timings is not self.timings:
            _merge(self.timings, timings)
            timings.clear()

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context(self.context)
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context,
                                             initializer=_init_worker,
                                             initargs=(self.extractor,))
        return self._pool

    def _submit(self, articles: list[Article], alone: bool = False) -> _Job:
        return _Job(articles, self._start().submit(_run_chunk, articles), alone)

    def _pooled(self, chunks: Iterator[list[Document]]) -> Iterator[Pair]:
        # Failed documents stay here; articles travel. Each job keeps its documents' order.
        pending: deque[tuple[list[Document], _Job | None]] = deque()
        retry: deque[Document] = deque()  # after a crash: one document at a time
        limit = self.workers * self.prefetch
        while True:
            while len(pending) < (1 if retry else limit):
                if retry:
                    if pending:
                        break
                    docs = [retry.popleft()]
                    alone = True
                else:
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    docs, alone = chunk, False
                articles = [d for d in docs if isinstance(d, Article)]
                pending.append((docs, self._submit(articles, alone) if articles else None))
            if not pending:
                return
            docs, job = pending.popleft()
            if job is None:
                yield from ((d, _failed_record(d)) for d in docs)  # type: ignore[arg-type]
                continue
            try:
                result = job.future.result()
            except BrokenProcessPool:
                suspects = [] if job.alone else list(docs)
                for later, _ in pending:
                    suspects.extend(later)
                pending.clear()
                retry.extendleft(reversed(suspects))
                self._restart()
                if job.alone:  # it was running on its own: it is the one that kills workers
                    yield docs[0], _crashed(docs[0])
                continue
            except Exception as exc:  # a bug outside the extractor's own error handling
                log.exception("a worker failed on a chunk of %d documents", len(job.articles))
                result = ChunkResult([(a.id, _error(a, exc)) for a in job.articles], 0, 0)
            yield from self._merge_result(docs, result)

    def _merge_result(self, docs: list[Document], result: ChunkResult) -> Iterator[Pair]:
        if result.pid:
            stats = self.stats
            stats.peak_rss[result.pid] = max(stats.peak_rss.get(result.pid, 0), result.peak_rss)
            stats.chunks[result.pid] = stats.chunks.get(result.pid, 0) + 1
        if self.timings is not None and result.timings:
            _merge(self.timings, result.timings)
        records = iter(result.records)
        for doc in docs:
            if isinstance(doc, FailedDocument):
                yield doc, _failed_record(doc)
                continue
            doc_id, record = next(records)
            if doc.id is None:  # the extractor names id-less articles, as it does in-process
                doc.id = doc_id
            yield doc, record

    def _restart(self) -> None:
        log.warning("a worker process died; restarting the pool and retrying its documents "
                    "one at a time")
        self.stats.restarts += 1
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def _chunks(iterator: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while chunk := list(islice(iterator, size)):
        yield chunk


def _prepend(first: list[list[Document]], rest: Iterator[list[Document]]
             ) -> Iterator[list[Document]]:
    yield from first
    yield from rest


def _merge(into: dict[str, float], more: dict[str, float]) -> None:
    for key, value in more.items():
        into[key] = into.get(key, 0.0) + value


def _failed_record(doc: FailedDocument) -> Record:
    return Record.failed(doc.id, doc.error, url=doc.url, source=doc.source)


def _error(article: Article, exc: BaseException) -> Record:
    return Record.failed(article.id or "?", ExtractionError(f"{type(exc).__name__}: {exc}"),
                         url=article.url, source=article.source)


def _crashed(doc: Document) -> Record:
    assert isinstance(doc, Article)
    return Record.failed(doc.id or "?", ExtractionError(
        "the worker process extracting this document died (a crash or out of memory)"),
        url=doc.url, source=doc.source)
