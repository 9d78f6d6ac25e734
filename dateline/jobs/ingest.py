"""Read, extract, resolve and store documents: the library side of ``dateline ingest``.

The conductor's main line: the reader (:mod:`dateline.ingest.inputs`) streams documents, the
documents already stored with the same text are dropped *before* extraction, an engine (or an
Extractor) extracts the rest, and the store's writer resolves and stores the records, one
transaction per batch. So re-running an ingest (or resuming an interrupted one) costs little
more than reading the files.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from dateline.article import Article, FailedDocument
from dateline.engine.parquet import PartsStats
from dateline.ingest.inputs import Inputs
from dateline.jobs.progress import Bar, Total
from dateline.record import Record
from dateline.store import Store, open_store
from dateline.store.writer import AddStats

__all__ = ["ExtractorLike", "IngestStats", "ingest", "ingest_documents", "ingest_paths",
           "paths_to_parquet"]

log = logging.getLogger(__name__)

Document = Article | FailedDocument
LOOKAHEAD = 64


class ExtractorLike(Protocol):
    """What extracts for a job: an Extractor, an engine, or a stand-in replaying records."""

    def extract_many(
        self, documents: Iterable[Document]
    ) -> Iterator[tuple[Document, Record]]: ...


@dataclass(slots=True)
class IngestStats(AddStats):
    """What an ingest did: documents read, and the store's counts."""

    documents: int = 0
    unchanged: int = field(default=0)

    def to_dict(self) -> dict[str, Any]:
        data = AddStats.to_dict(self)
        data.update(documents=self.documents, unchanged=self.unchanged)
        return data

    def summary(self) -> str:
        """One line for people: "12 documents: 9 added, 0 replaced, 2 unchanged, 1 failed"."""
        return (f"{self.documents} documents: {self.added} added, {self.replaced} replaced, "
                f"{self.unchanged + self.skipped} unchanged, {self.failed} failed")


def _new_only(store: Store, documents: Iterable[Document], stats: IngestStats,
              tick: Callable[[int], None]) -> Iterator[Document]:
    """Drop documents already stored with the same text (or replaced by a newer text at their
    URL: see :mod:`dateline.store.writer`), looking them up in chunks."""
    iterator = iter(documents)
    while chunk := list(islice(iterator, LOOKAHEAD)):
        stats.documents += len(chunk)
        articles = [d for d in chunk if isinstance(d, Article)]
        known = store.writer.known(articles) if articles else set()
        fresh = []
        for document in chunk:
            if isinstance(document, Article) and (document.key, document.content_hash) in known:
                stats.unchanged += 1
            else:
                fresh.append(document)
        tick(len(chunk) - len(fresh))
        yield from fresh


def ingest_documents(documents: Iterable[Document], store: Store, extractor: ExtractorLike, *,
                     batch_size: int = 32, progress: bool = False,
                     total: Total = None) -> IngestStats:
    """Extract and store ``documents``; one transaction per ``batch_size`` documents.

    ``total`` (a number, or a function giving the current estimate) sizes the progress bar.
    """
    stats = IngestStats()
    with Bar(enabled=progress, desc="ingest", total=total) as bar:
        pairs = extractor.extract_many(_new_only(store, documents, stats, bar.update))
        while batch := list(islice(pairs, batch_size)):
            store.writer.add_batch(batch, stats)
            bar.update(len(batch))
            bar.set_postfix(added=stats.added, failed=stats.failed)
    for failure in stats.failures:
        log.warning("not stored: %s: %s: %s", failure.id, failure.type, failure.message)
    return stats


def ingest(paths: Iterable[str], store: Store, extractor: ExtractorLike | None = None, *,
           batch_size: int = 32, progress: bool = False, workers: int = 1) -> IngestStats:
    """Read documents from files, folders, URLs or ``-``, extract, resolve and store them.

    >>> from dateline.store import open_store
    >>> stats = ingest(["examples/demo"], open_store(":memory:"))  # doctest: +SKIP
    """
    if extractor is None:
        from dateline.engine.local import LocalEngine
        from dateline.extract.pipeline import Extractor

        extractor = Extractor() if workers == 1 else LocalEngine(Extractor(), workers=workers)
    inputs = Inputs(paths)
    return ingest_documents(inputs, store, extractor, batch_size=batch_size, progress=progress,
                            total=inputs.expected)


def ingest_paths(paths: Iterable[str], *, db: str | None = None, engine: str = "local",
                 workers: int | None = None, scheduler: str | None = None,
                 batch_size: int = 32, progress: bool = False) -> IngestStats:
    """``dateline ingest``: the inputs through ``engine`` (local processes or Dask) into the
    store at ``db`` (default as for :func:`~dateline.store.open_store`)."""
    from dateline.engine import make_engine
    from dateline.extract.pipeline import Extractor

    runner = make_engine(engine, workers=workers, scheduler=scheduler, extractor=Extractor())
    try:
        with open_store(db) as store:
            return ingest(paths, store, runner, batch_size=batch_size, progress=progress)
    finally:
        runner.close()


def paths_to_parquet(paths: Iterable[str], folder: Path, *, engine: str = "local",
                     workers: int | None = None, scheduler: str | None = None,
                     progress: bool = False) -> PartsStats:
    """``dateline ingest --parquet-out``: extract the inputs' partitions with ``engine`` into
    Parquet files in ``folder`` (for :func:`dateline.jobs.load.load_parquet`)."""
    from dateline.engine import make_engine
    from dateline.extract.pipeline import Extractor

    runner = make_engine(engine, workers=workers, scheduler=scheduler, extractor=Extractor())
    try:
        parts: PartsStats = runner.to_parquet(list(paths), folder, progress=progress)
        return parts
    finally:
        runner.close()
