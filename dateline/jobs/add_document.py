"""Extract, resolve and store one document: the library side of ``POST /api/documents``.

:func:`add_document` does it in this process. :class:`WritePool` does it in worker processes of
their own - each with its own Extractor and its own connection to the store, at a lower CPU
priority - so a server answering reads never waits for an extraction: not for the GIL, not for
the store's connection lock (SQLite in WAL mode and PostgreSQL let readers read while a writer
writes). The pool is bounded: ``workers`` documents run at once and at most ``queue`` more wait;
past that :meth:`WritePool.submit` raises :class:`~dateline.errors.BusyError` at once.

The worker processes start on :meth:`WritePool.start` (a server taking writes calls it when it
starts; a read-only one starts none) or else on the first document, and load the spaCy pipeline
then. A store that
other processes cannot open (``:memory:``) is written from one thread of this process instead.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from dateline.article import Article
from dateline.errors import BusyError, EngineError
from dateline.jobs.ingest import ExtractorLike, IngestStats, ingest_documents
from dateline.store import Store, open_store
from dateline.store.models import ArticleDetail

__all__ = ["Added", "WORKER_NICENESS", "WritePool", "add_document"]

WORKER_NICENESS = 19  # extraction takes the CPU the server's reads leave


@dataclass(slots=True)
class Added:
    """What adding one document did, and the article as stored (None when it failed)."""

    stats: IngestStats
    article: ArticleDetail | None


def add_document(store: Store, article: Article, extractor: ExtractorLike | None = None
                 ) -> Added:
    """Extract ``article`` (with the process-wide Extractor unless ``extractor`` is given),
    resolve and store it, as an ingest of one document does."""
    if extractor is None:
        import dateline

        extractor = dateline.get_extractor()
    stats = ingest_documents([article], store, extractor)
    return Added(stats, store.get_article(article.key))


_WORKER_STORE: Store | None = None


def _start_worker(store_url: str) -> None:
    """A worker process: no Ctrl-C of its own (the server stops it), a lower priority, its own
    store connection and the spaCy pipeline loaded up front."""
    global _WORKER_STORE
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        os.nice(WORKER_NICENESS)
    except OSError:  # not permitted here: run at the server's priority
        pass
    import dateline

    _WORKER_STORE = open_store(store_url, migrate=False)
    dateline.get_extractor().nlp  # noqa: B018 - load spaCy before the first document


def _ready() -> bool:
    return _WORKER_STORE is not None


def _add_in_worker(article: Article) -> Added:
    if _WORKER_STORE is None:
        raise EngineError("write worker started without a store")
    return add_document(_WORKER_STORE, article)


class WritePool:
    """Documents extracted and stored by ``workers`` processes (or, for a store only this
    process can open, one thread over ``store``), at most ``queue`` waiting.

    ``submit(article)`` returns a :class:`concurrent.futures.Future` of :class:`Added`.
    """

    def __init__(self, store_url: str | None, *, store: Store | None = None, workers: int = 1,
                 queue: int = 8) -> None:
        if workers < 1 or queue < 0:
            raise ValueError("a write pool needs workers >= 1 and queue >= 0")
        self.store_url = None if store_url in (None, "", ":memory:") else store_url
        if self.store_url is None and store is None:
            raise ValueError("a write pool needs a store URL or an open store")
        self.store = store
        self.workers = workers if self.store_url else 1
        self.capacity = self.workers + queue
        self._pending = 0
        self._lock = threading.Lock()
        self._executor: Executor | None = None

    @property
    def pending(self) -> int:
        """Documents running or waiting."""
        return self._pending

    @property
    def in_processes(self) -> bool:
        return self.store_url is not None

    def _make_executor(self) -> Executor:
        if self.store_url is None:
            return ThreadPoolExecutor(max_workers=1, thread_name_prefix="dateline-write")
        return ProcessPoolExecutor(max_workers=self.workers,
                                   mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(self.store_url,))

    def start(self) -> None:
        """Start the worker processes now (each loads the pipeline in the background)."""
        with self._lock:
            if self._executor is None:
                self._executor = self._make_executor()
            if self.store_url is not None:
                for _ in range(self.workers):
                    self._executor.submit(_ready)

    def submit(self, article: Article) -> Future[Added]:
        """Queue ``article``; :class:`BusyError` when ``workers + queue`` are already taken."""
        with self._lock:
            if self._pending >= self.capacity:
                raise BusyError(f"{self._pending} documents are being written: try again later")
            if self._executor is None:
                self._executor = self._make_executor()
            executor = self._executor
            self._pending += 1
        try:
            if self.store is not None and self.store_url is None:
                future = executor.submit(add_document, self.store, article)
            else:
                future = executor.submit(_add_in_worker, article)
        except BaseException:
            self._release(None)
            raise
        future.add_done_callback(self._release)
        return future

    def _release(self, future: Future[Added] | None) -> None:
        broken = (future is not None and not future.cancelled()
                  and isinstance(future.exception(), BrokenProcessPool))
        with self._lock:
            self._pending -= 1
            if broken and self._executor is not None:
                # a worker died (killed, out of memory): the next document starts a new pool
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None

    def close(self) -> None:
        """Stop the workers; documents still waiting are cancelled."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
