"""Store records written as Parquet partitions: the library side of ``dateline load``.

The records were extracted elsewhere (``dateline ingest --parquet-out``, on a cluster); loading
resolves and stores them exactly as an ingest does after extraction: documents already stored
with the same text are skipped, one transaction per batch.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.article import Article, FailedDocument
from dateline.engine.parquet import list_parts, read_pairs
from dateline.errors import EngineError, UsageError
from dateline.jobs.ingest import IngestStats, ingest_documents
from dateline.record import Record
from dateline.store import open_store

__all__ = ["LoadStats", "Replay", "load_parquet"]

Document = Article | FailedDocument
Pair = tuple[Document, Record]


class Replay:
    """An extractor stand-in that hands back the records read with the documents.

    The ingest drops known documents before "extraction"; the records of the dropped ones are
    forgotten as later documents arrive, so memory stays bounded.
    """

    def __init__(self, pairs: Iterable[Pair]) -> None:
        self._pairs = iter(pairs)
        self._records: OrderedDict[int, Record] = OrderedDict()

    def documents(self) -> Iterator[Document]:
        for document, record in self._pairs:
            self._records[id(document)] = record
            yield document

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Pair]:
        for document in documents:
            key = id(document)
            while self._records:  # skipped documents come before this one
                first, record = self._records.popitem(last=False)
                if first == key:
                    yield document, record
                    break
            else:
                raise EngineError(f"replaying the records: document {document.id!r} was not "
                                  "read with a record")


@dataclass(slots=True)
class LoadStats:
    """What a load did: the partitions read and the ingest's counts."""

    partitions: int
    stats: IngestStats

    def summary(self) -> str:
        return f"{self.partitions} partitions, {self.stats.summary()}"


def load_parquet(folder: Path, *, db: str | None = None, batch_size: int = 64,
                 progress: bool = False) -> LoadStats:
    """Resolve and store the records of the Parquet partitions in ``folder`` into the store at
    ``db`` (default as for :func:`~dateline.store.open_store`)."""
    if not folder.is_dir():
        raise UsageError(f"no such folder: {folder}")
    parts = list_parts(folder)
    if not parts:
        raise UsageError(f"no Parquet partitions (*.parquet) in {folder}")
    total = _count_rows(parts) if progress else None
    replay = Replay(read_pairs(folder))
    with open_store(db) as store:
        stats = ingest_documents(replay.documents(), store, replay, batch_size=batch_size,
                                 progress=progress, total=total)
    return LoadStats(len(parts), stats)


def _count_rows(parts: list[Path]) -> int:
    """Rows of the partitions, from their footers (the rows themselves are not read)."""
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(p).metadata.num_rows for p in parts)
