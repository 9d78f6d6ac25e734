"""The Dask engine: the same extraction stages on ``distributed`` workers.

Two ways to use it:

* ``DaskEngine(...).extract_many(documents)``: documents read here are sent to the workers in
  chunks and their records come back in input order. ``dateline ingest --engine dask`` uses it
  with the store: known documents are skipped before extraction, and this process (the one
  writer the store has anyway) resolves and stores the records.
* ``DaskEngine(...).to_parquet(paths, folder)``: the workers read input partitions themselves
  (:mod:`dateline.engine.partitions`: groups of files, line ranges of JSON Lines, WARC files),
  extract them and write one Parquet file per partition into ``folder`` (a path every worker
  sees); nothing goes through this process. ``dateline load folder`` imports them. A resumed
  run skips the partitions already written.

Each worker of a cluster at an address loads the model once: a worker plugin hands it the
extractor (its configuration only) and warms it up when the worker starts. Run workers with one
thread each (``--nthreads 1``): spaCy holds the GIL. The local cluster (no address) is built
as the local engine's pool is where the platform forks safely (Linux): this process loads the
model and lexicons once, freezes them out of the collector and its nannies fork the workers,
which are ready as soon as they exist; its servers also check their event loops less often
(:data:`QUIET`), which costs an idle worker about 2% of a CPU at Dask's defaults.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.article import Article, FailedDocument
from dateline.engine.chunks import (
    ChunkResult,
    WorkerStats,
    articles_of,
    chunked,
    error_record,
    pairs_of,
    peak_rss,
    prepare_to_fork,
    prepare_worker,
    run_chunk,
)
from dateline.engine.parquet import PartsStats, PlannedTotal
from dateline.engine.partitions import (
    DOCS_PER_PARTITION,
    Partition,
    plan_partitions,
    read_partition,
)
from dateline.errors import EngineError
from dateline.record import Record

__all__ = ["DaskEngine", "ModelPlugin", "PartsStats", "tune_malloc"]

log = logging.getLogger(__name__)

Document = Article | FailedDocument
Pair = tuple[Document, Record]
PLUGIN_NAME = "dateline-model"
TRIM_SETTING = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"
# Dask settings for the local cluster. Every server (scheduler, nannies, workers, client)
# measures its event loop every 20 ms and polls memory and system load 10 and 2 times a second:
# on a busy worker each wake-up takes the GIL from the extraction. Slower checks only make
# Dask's own health reports coarser (set the same for the workers of a real cluster in their
# Dask configuration, see docs/scale.md).
QUIET: dict[str, Any] = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.worker.profile.enabled": False,  # no sampling every 10 ms
}

# -- worker side ---------------------------------------------------------------------------
_EXTRACTOR: Any = None


def _worker_extractor() -> Any:
    """This worker's extractor (set by :class:`ModelPlugin`, else a default one)."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from dateline.extract.pipeline import Extractor

        _EXTRACTOR = Extractor()
        prepare_worker(_EXTRACTOR)
    return _EXTRACTOR


try:
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover - distributed is a dependency
    _WorkerPlugin = object  # type: ignore[assignment,misc]


class ModelPlugin(_WorkerPlugin):  # type: ignore[misc,valid-type]
    """Gives every worker (also those that join later) its extractor, model loaded."""

    name = PLUGIN_NAME

    def __init__(self, extractor: Any) -> None:
        self.extractor = extractor

    def setup(self, worker: Any) -> None:
        global _EXTRACTOR
        tune_malloc()
        _EXTRACTOR = self.extractor
        prepare_worker(self.extractor)


def tune_malloc() -> bool:
    """Undo the cost of Dask's ``MALLOC_TRIM_THRESHOLD_`` in this worker (glibc only).

    A nanny starts workers with ``MALLOC_TRIM_THRESHOLD_=65536``, which turns glibc's adaptive
    thresholds off: spaCy's larger arrays are then mapped and unmapped at every call, and
    extraction runs about 13% slower (bench/scaling.py). Fixed, generous thresholds (32 MB for
    mmap, 64 MB for trimming) bring the speed back for ~15 MB more RSS per worker.
    """
    import ctypes
    import os
    import sys

    if not sys.platform.startswith("linux") or "MALLOC_TRIM_THRESHOLD_" not in os.environ:
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return False
    m_trim_threshold, m_mmap_threshold = -1, -3
    return bool(libc.mallopt(m_mmap_threshold, 32 << 20) and
                libc.mallopt(m_trim_threshold, 64 << 20))


def _extract_chunk(articles: list[Article]) -> ChunkResult:
    return run_chunk(_worker_extractor(), articles)


@dataclass(slots=True)
class PartResult:
    """What a worker reports for one partition written to Parquet."""

    name: str
    documents: int
    failed: int
    seconds: float
    pid: int
    peak_rss: int
    timings: dict[str, float] | None = None


def _partition_to_parquet(part: Partition, folder: str) -> PartResult:
    from dateline.engine.parquet import write_part

    start = time.perf_counter()
    extractor = _worker_extractor()
    pairs = extractor.extract_many(read_partition(part))
    documents, failed = write_part(pairs, Path(folder) / f"{part.name}.parquet")
    timings = getattr(extractor, "timings", None)
    delta = None
    if timings is not None:
        delta = dict(timings)
        timings.clear()
    import os

    return PartResult(part.name, documents, failed, time.perf_counter() - start, os.getpid(),
                      peak_rss(), delta)


# -- client side ---------------------------------------------------------------------------
class DaskEngine:
    """Extraction on a Dask cluster: ``scheduler`` is its address (``tcp://host:8786``), or
    None for a local cluster of ``workers`` processes with one thread each, started as
    ``context`` says (``fork``: copies of this process after it loaded the model, the default
    on Linux; ``spawn``: each loads its own, see :func:`dateline.engine.local.default_context`).

    ``extractor`` is the template every worker copies (default ``Extractor()``). Use as a
    context manager, or call :meth:`close`, to release the cluster or the connection.
    """

    def __init__(self, scheduler: str | None = None, *, workers: int | None = None,
                 extractor: Any = None, chunk_size: int = 8, prefetch: int = 2,
                 docs_per_partition: int = DOCS_PER_PARTITION,
                 context: str | None = None) -> None:
        if extractor is None:
            from dateline.extract.pipeline import Extractor

            extractor = Extractor()
        self.scheduler = scheduler
        self.workers = workers
        self.extractor = extractor
        self.chunk_size = max(1, chunk_size)
        self.prefetch = max(1, prefetch)
        self.docs_per_partition = docs_per_partition
        if context is None:
            from dateline.engine.local import default_context

            context = default_context()
        self.context = context  # how a local cluster's workers start: fork or spawn
        self.stats = WorkerStats()
        self._client: Any = None
        self._cluster: Any = None

    # -- connection ---------------------------------------------------------------------------
    @property
    def client(self) -> Any:
        """The ``distributed.Client`` (connecting, or starting the local cluster, on first use)."""
        if self._client is None:
            from distributed import Client, LocalCluster

            from dateline.engine.local import default_workers

            if self.scheduler:
                try:
                    self._client = Client(self.scheduler)
                except (OSError, TimeoutError) as exc:
                    raise EngineError(f"cannot reach the Dask scheduler at {self.scheduler}: "
                                      f"{exc}") from exc
            else:
                import dask

                settings = {**QUIET, TRIM_SETTING: None}
                if self.context == "fork":
                    self._preload()
                    settings["distributed.worker.multiprocessing-method"] = "fork"
                # no MALLOC_TRIM_THRESHOLD_ for the workers (see tune_malloc), nor in this
                # process's environment, where the nanny would otherwise put it
                with dask.config.set(settings):
                    self._cluster = LocalCluster(
                        n_workers=self.workers or default_workers(), threads_per_worker=1,
                        processes=True, dashboard_address=None, silence_logs=logging.WARNING)
                self._client = Client(self._cluster)
            if self.scheduler or self.context != "fork":  # forked workers have the model
                self._client.register_plugin(ModelPlugin(self.extractor), name=PLUGIN_NAME)
        return self._client

    def _preload(self) -> None:
        """Load the extractor here, once: the local cluster's workers are forked copies."""
        global _EXTRACTOR
        prepare_to_fork(self.extractor)
        _EXTRACTOR = self.extractor

    def slots(self) -> int:
        """Tasks the cluster runs at once (its worker threads)."""
        return max(1, sum(self.client.nthreads().values()))

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents from here --------------------------------------------------------------------
    def extract_many(self, documents: Iterable[Document]) -> Iterator[Pair]:
        """Stream (document, record) pairs in input order. New chunks go out as soon as any
        chunk is done (at most ``slots * prefetch`` on the cluster, 4 times that held here)."""
        from distributed import wait

        client = self.client
        limit = self.slots() * self.prefetch
        pending: deque[tuple[list[Document], Any]] = deque()
        chunks = chunked(iter(documents), self.chunk_size)

        def running() -> list[Any]:
            return [f for _, f in pending if f is not None and not f.done()]

        def refill() -> None:
            while len(running()) < limit and len(pending) < 4 * limit:
                chunk = next(chunks, None)
                if chunk is None:
                    return
                articles = articles_of(chunk)
                future = client.submit(_extract_chunk, articles, pure=False) if articles \
                    else None
                pending.append((chunk, future))

        try:
            while True:
                refill()
                if not pending:
                    return
                docs, future = pending[0]
                while future is not None and not future.done():
                    wait(running(), return_when="FIRST_COMPLETED")
                    refill()
                pending.popleft()
                yield from pairs_of(docs, self._result(future, articles_of(docs)))
        finally:
            for _, future in pending:
                if future is not None:
                    future.cancel()

    def _result(self, future: Any, articles: list[Article]) -> ChunkResult:
        if future is None:
            return ChunkResult([])
        try:
            result: ChunkResult = future.result()
        except Exception as exc:  # a worker died on it (KilledWorker) or a bug
            if len(articles) > 1:  # find the one: each article on its own
                log.warning("a chunk failed on the cluster (%s); retrying its %d documents "
                            "one at a time", type(exc).__name__, len(articles))
                records = []
                for article in articles:
                    single = self.client.submit(_extract_chunk, [article], pure=False)
                    records.extend(self._result(single, [article]).records)
                return ChunkResult(records)
            log.error("extraction failed on the cluster for %s: %s", articles[0].id, exc)
            return ChunkResult([(articles[0].id, error_record(
                articles[0], f"the cluster could not extract it ({type(exc).__name__}: {exc})"))])
        self.stats.add(result)
        return result

    # -- partitions read by the workers ------------------------------------------------------
    def to_parquet(self, paths: Iterable[str], folder: Path, *, progress: bool = False,
                   total: int | None = None) -> PartsStats:
        """Extract the inputs on the workers into ``folder/part-*.parquet``; skip the
        partitions already there (a resumed run). The progress bar's ``total`` defaults to the
        documents of the partitions planned so far."""
        from distributed import wait
        from tqdm import tqdm

        client = self.client
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        stats = PartsStats()
        limit = self.slots() * self.prefetch
        pending: set[Any] = set()
        bar = tqdm(total=total, unit="doc", desc="extract", disable=not progress, leave=True)

        def collect(block: bool) -> None:
            if block:
                wait(list(pending), return_when="FIRST_COMPLETED")
            for future in [f for f in pending if f.done()]:
                pending.discard(future)
                self._collect(future, stats, bar)

        planned = PlannedTotal()
        try:
            for part in plan_partitions(paths, docs_per_partition=self.docs_per_partition):
                stats.partitions += 1
                if total is None:
                    planned.add(part, bar)
                if (folder / f"{part.name}.parquet").exists():
                    stats.skipped += 1
                    continue
                pending.add(client.submit(_partition_to_parquet, part, str(folder),
                                          pure=False))
                while len(pending) >= limit:
                    collect(block=True)
            while pending:
                collect(block=True)
        finally:
            for future in pending:
                future.cancel()
            bar.close()
        return stats

    def _collect(self, future: Any, stats: PartsStats, bar: Any) -> None:
        try:
            result: PartResult = future.result()
        except Exception as exc:
            stats.failures.append(f"{type(exc).__name__}: {exc}")
            log.error("a partition failed on the cluster: %s", exc)
            return
        stats.written += 1
        stats.documents += result.documents
        stats.failed += result.failed
        self.stats.add(ChunkResult([], result.pid, result.peak_rss, result.timings))
        bar.update(result.documents)
