"""Extract, resolve and store documents: the library side of ``dateline ingest``.

Documents whose key and content hash are already stored are skipped *before* extraction, so
re-running an ingest (or resuming an interrupted one) costs little more than reading the files.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol

from dateline.article import Article, FailedDocument
from dateline.record import Record
from dateline.store.writer import AddStats

if TYPE_CHECKING:
    from dateline.store.core import Store

__all__ = ["IngestStats", "ingest", "ingest_documents"]

log = logging.getLogger(__name__)

Document = Article | FailedDocument
LOOKAHEAD = 64


class ExtractorLike(Protocol):
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
    """Drop documents already stored with the same text, looking them up in chunks."""
    iterator = iter(documents)
    while chunk := list(islice(iterator, LOOKAHEAD)):
        stats.documents += len(chunk)
        articles = [d for d in chunk if isinstance(d, Article)]
        known = store.writer.known(articles) if articles else set()
        fresh = []
        for document in chunk:
            if isinstance(document, Article) and document.key in known:
                stats.unchanged += 1
                known.discard(document.key)  # a second copy in the same run is re-checked later
            else:
                fresh.append(document)
        tick(len(chunk) - len(fresh))
        yield from fresh


def ingest_documents(documents: Iterable[Document], store: Store, extractor: ExtractorLike, *,
                     batch_size: int = 32, progress: bool = False,
                     total: int | None = None) -> IngestStats:
    """Extract and store ``documents``; one transaction per ``batch_size`` documents."""
    from tqdm import tqdm

    stats = IngestStats()
    bar = tqdm(total=total, unit="doc", desc="ingest", disable=not progress, leave=True)
    try:
        pairs = extractor.extract_many(_new_only(store, documents, stats, bar.update))
        while batch := list(islice(pairs, batch_size)):
            store.writer.add_batch(batch, stats)
            bar.update(len(batch))
            bar.set_postfix(added=stats.added, failed=stats.failed, refresh=False)
    finally:
        bar.close()
    for failure in stats.failures:
        log.warning("not stored: %s: %s: %s", failure.id, failure.type, failure.message)
    return stats


def ingest(paths: Iterable[str], store: Store, extractor: ExtractorLike | None = None, *,
           batch_size: int = 32, progress: bool = False, workers: int = 1,
           total: int | None = None) -> IngestStats:
    """Read documents from files, folders or ``-``, extract, resolve and store them.

    >>> from dateline.store import open_store
    >>> stats = ingest(["examples/demo"], open_store(":memory:"))  # doctest: +SKIP
    """
    from dateline.ingest import iter_documents

    if extractor is None:
        from dateline.extract.pipeline import Extractor

        extractor = Extractor(n_process=workers)
    return ingest_documents(iter_documents(list(paths)), store, extractor,
                            batch_size=batch_size, progress=progress, total=total)
