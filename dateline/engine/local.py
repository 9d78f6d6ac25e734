"""The single-machine engine: every extraction stage in a pool of worker processes.

``LocalEngine(extractor, workers=N).extract_many(documents)`` streams (document, record) pairs
in input order, like :meth:`Extractor.extract_many`, so it plugs into
:func:`dateline.jobs.ingest.ingest_documents` (skipping known documents, progress bar, one
transaction per batch). Each worker process loads the spaCy model once and runs the whole
pipeline (header, parse, people, coref, time, events) on chunks of documents; the parent only
reads input and writes output. At most ``workers * prefetch`` chunks are in flight, so memory
stays bounded whatever the size of the input.

A worker that dies (a crash in native code, the OOM killer) costs a restart of the pool: the
documents that were in flight are retried one at a time, and the one that kills a worker on
its own gets an error record.

Where the platform forks safely (Linux), the workers start as copies of this process: the
parent loads the model and lexicons once (:func:`prepare_worker`), freezes them out of the
garbage collector so the pages stay shared, and forks; a worker is then ready as soon as it
exists, and N workers cost one load. Elsewhere (``context="spawn"``, the default on macOS and
Windows) each worker loads its own copy; the records are the same either way.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.article import Article, FailedDocument
from dateline.engine.chunks import (
    ChunkResult,
    WorkerStats,
    articles_of,
    chunked,
    error_record,
    merge_timings,
    pairs_of,
    prepare_to_fork,
    prepare_worker,
    run_chunk,
)
from dateline.errors import EngineError
from dateline.record import Record

if TYPE_CHECKING:
    from dateline.engine.parquet import PartsStats

__all__ = ["LocalEngine", "default_context", "default_workers"]

log = logging.getLogger(__name__)

Document = Article | FailedDocument
Pair = tuple[Document, Record]


def default_workers() -> int:
    """Worker processes to use by default: one per CPU."""
    return os.cpu_count() or 1


def default_context() -> str:
    """How worker processes start: ``fork`` on Linux (copies of a parent that has loaded the
    model once), else ``spawn`` (macOS and Windows, where forking a loaded process is unsafe)."""
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


# -- worker side ---------------------------------------------------------------------------
_EXTRACTOR: Any = None
_READY_AT = 0.0  # wall clock (time.time) when this worker finished loading


def _init_worker(extractor: Any) -> None:
    """Pool initializer: keep this process's copy of the extractor, ready to work (a forked
    copy of a prepared extractor only runs the warm-up document again)."""
    import signal

    global _EXTRACTOR, _READY_AT
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _EXTRACTOR = extractor
    prepare_worker(extractor)
    _READY_AT = time.time()


def _run_chunk(articles: list[Article]) -> ChunkResult:
    return run_chunk(_EXTRACTOR, articles)


def _ready(pause: float) -> tuple[int, float]:
    time.sleep(pause)  # long enough for the pool to hand the next one to another worker
    return os.getpid(), _READY_AT


# -- parent side ---------------------------------------------------------------------------
@dataclass(slots=True)
class _Job:
    docs: list[Document]
    future: Future[ChunkResult] | None  # None: nothing to extract (only failed documents)
    alone: bool = False  # submitted on its own after a crash: a crash now is its own


class LocalEngine:
    """Runs an extractor over documents in ``workers`` processes on this machine.

    ``extractor`` is the template each worker copies (model, batch size, ``timings``); by
    default ``Extractor()``. With ``workers=1``, or when the input fits in one chunk, documents
    are extracted in this process. ``stats`` collects the workers' peak RSS and, when the
    template keeps ``timings``, their summed per-stage seconds. ``context`` is how the workers
    start (``fork`` or ``spawn``; default :func:`default_context`).
    """

    def __init__(self, extractor: Any = None, *, workers: int | None = None,
                 chunk_size: int = 8, prefetch: int = 2, context: str | None = None) -> None:
        if extractor is None:
            from dateline.extract.pipeline import Extractor

            extractor = Extractor()
        if getattr(extractor, "n_process", 1) != 1:
            raise EngineError("the engine's extractor must parse in one process (n_process=1); "
                              "the engine runs the processes")
        self.extractor = extractor
        self.workers = max(1, workers or default_workers())
        self.chunk_size = max(1, chunk_size)
        self.prefetch = max(1, prefetch)
        self.context = context or default_context()
        self.stats = WorkerStats()
        self.ready_at: dict[int, float] = {}  # worker pid -> when it was ready (time.time)
        self._pool: ProcessPoolExecutor | None = None
        self._prepared = False

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Pair]:
        """Stream (document, record) pairs in input order."""
        chunks = chunked(iter(documents), self.chunk_size)
        first = next(chunks, None)
        if first is None:
            return
        second = next(chunks, None) if self.workers > 1 else None
        if second is None and self._pool is None:  # too little work to pay for processes
            yield from self._in_process(chain(first, chain.from_iterable(chunks)))
            return
        started = self._pool is not None
        try:
            yield from self._pooled(chain([first], [second] if second else [], chunks))
        finally:
            if not started:
                self.close()

    def start(self) -> None:
        """Start the worker processes now and wait until each has loaded its model (the pool
        then serves every ``extract_many`` call until :meth:`close`); ``ready_at`` then holds
        when each worker was ready."""
        if self.workers == 1 or self._pool is not None:
            return
        pool = self._new_pool()
        while len(self.ready_at) < self.workers:  # until every worker has answered once
            for future in [pool.submit(_ready, 0.05) for _ in range(self.workers)]:
                pid, ready = future.result()
                self.ready_at[pid] = ready

    def to_parquet(self, paths: Iterable[str], folder: Path, *, progress: bool = False,
                   total: int | None = None) -> PartsStats:
        """Extract the inputs' partitions into ``folder/part-*.parquet`` (see
        :func:`dateline.engine.parquet.parts_to_parquet`); skip partitions already written."""
        from dateline.engine.parquet import parts_to_parquet

        return parts_to_parquet(self, paths, folder, progress=progress, total=total)

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
    def _in_process(self, documents: Iterator[Document]) -> Iterator[Pair]:
        try:
            yield from self.extractor.extract_many(documents)
        finally:
            timings = getattr(self.extractor, "timings", None)
            if timings:
                merge_timings(self.stats.timings, timings)
                timings.clear()

    def _submit(self, docs: list[Document], alone: bool = False) -> _Job:
        articles = articles_of(docs)
        if not articles:
            return _Job(docs, None, alone)
        pool = self._pool or self._new_pool()
        try:
            future = pool.submit(_run_chunk, articles)
        except BrokenProcessPool as exc:  # a worker died since the last result: handled in turn
            future = Future()
            future.set_exception(exc)
        return _Job(docs, future, alone)

    def _new_pool(self) -> ProcessPoolExecutor:
        if self.context == "fork" and not self._prepared:  # load once: workers are copies
            prepare_to_fork(self.extractor)
            self._prepared = True
        self._pool = ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context(self.context),
            initializer=_init_worker, initargs=(self.extractor,))
        return self._pool

    def _pooled(self, chunks: Iterator[list[Document]]) -> Iterator[Pair]:
        # Results leave in input order, but new chunks go out as soon as any chunk is done, so
        # a slow chunk at the head does not leave the other workers idle. At most ``limit``
        # chunks run or wait in the pool, and ``4 * limit`` are held here in all.
        pending: deque[_Job] = deque()
        retry: deque[Document] = deque()  # after a crash: one document at a time
        limit = self.workers * self.prefetch

        def running() -> list[Future[ChunkResult]]:
            return [j.future for j in pending if j.future is not None and not j.future.done()]

        def refill() -> None:
            while True:
                if retry:
                    if not pending:
                        pending.append(self._submit([retry.popleft()], alone=True))
                    return
                if len(running()) >= limit or len(pending) >= 4 * limit:
                    return
                chunk = next(chunks, None)
                if chunk is None:
                    return
                pending.append(self._submit(chunk))

        while True:
            refill()
            if not pending:
                return
            job = pending[0]
            while job.future is not None and not job.future.done() and not retry:
                wait(running(), return_when=FIRST_COMPLETED)
                refill()
            pending.popleft()
            if job.future is None:
                yield from pairs_of(job.docs, ChunkResult([]))
                continue
            try:
                result = job.future.result()
            except BrokenProcessPool:
                suspects = [] if job.alone else list(job.docs)
                for later in pending:
                    suspects.extend(later.docs)
                pending.clear()
                retry.extendleft(reversed(suspects))
                self._restart()
                if job.alone:  # it ran on its own: it is the document that kills workers
                    article = job.docs[0]
                    assert isinstance(article, Article)
                    yield article, error_record(
                        article, "the worker process extracting this document died "
                                 "(a crash, or out of memory)")
                continue
            except Exception as exc:  # a bug outside the extractor's own error handling
                log.exception("a worker failed on a chunk of %d documents", len(job.docs))
                result = ChunkResult([(a.id, error_record(a, f"{type(exc).__name__}: {exc}"))
                                      for a in articles_of(job.docs)])
            self.stats.add(result)
            yield from pairs_of(job.docs, result)

    def _restart(self) -> None:
        log.warning("a worker process died; restarting the pool and retrying its documents "
                    "one at a time")
        self.stats.restarts += 1
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

