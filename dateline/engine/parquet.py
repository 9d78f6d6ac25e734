"""Extraction results as Parquet: one file per input partition, imported by ``dateline load``.

A row is one document: its metadata, its text and its record (the contract JSON). A document
that could not be read or extracted has no text and an error record; ``dateline load`` reports
it and stores nothing for it, as ``dateline ingest`` does. Files are written under a temporary
name and renamed, so a file that exists is complete: a resumed run skips its partition.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.article import Article, FailedDocument
from dateline.engine.partitions import (
    DOCS_PER_PARTITION,
    Partition,
    plan_partitions,
    read_partition,
)
from dateline.errors import EngineError
from dateline.record import Record

__all__ = ["COLUMNS", "PartsStats", "PlannedTotal", "list_parts", "parts_to_parquet",
           "read_pairs", "row_of", "write_part"]

Document = Article | FailedDocument
Pair = tuple[Document, Record]
COLUMNS = ("id", "url", "source", "title", "published", "language", "meta", "text", "record")
SUFFIX = ".parquet"


@dataclass
class PartsStats:
    """What a run to Parquet did."""

    partitions: int = 0
    written: int = 0
    skipped: int = 0
    documents: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.partitions} partitions: {self.written} written ({self.documents} "
                f"documents, {self.failed} failed), {self.skipped} already done")


def _schema() -> Any:
    import pyarrow as pa

    return pa.schema([(name, pa.large_string() if name in ("text", "record") else pa.string())
                      for name in COLUMNS])


def row_of(document: Document, record: Record) -> dict[str, str | None]:
    """The Parquet row of one (document, record) pair."""
    if isinstance(document, FailedDocument):
        return {"id": document.id, "url": document.url, "source": document.source,
                "title": None, "published": None, "language": None, "meta": None,
                "text": None, "record": record.to_json()}
    return {"id": document.id, "url": document.url, "source": document.source,
            "title": document.title, "published": document.published,
            "language": document.language,
            "meta": json.dumps(document.meta, ensure_ascii=False, default=str)
            if document.meta else None,
            "text": document.text if record.error is None else None,
            "record": record.to_json()}


def write_part(pairs: Iterable[Pair], path: Path) -> tuple[int, int]:
    """Write ``pairs`` to the Parquet file ``path`` (atomically); return (documents, failed)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [row_of(document, record) for document, record in pairs]
    table = pa.Table.from_pylist(rows, schema=_schema())
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, temporary, compression="zstd")
    os.replace(temporary, path)
    failed = sum(1 for row in rows if row["text"] is None)
    return len(rows), failed


def list_parts(folder: Path) -> list[Path]:
    """The finished Parquet files of ``folder`` (and its subfolders), in name order."""
    return sorted(p for p in folder.rglob(f"*{SUFFIX}") if not p.name.startswith("."))


def read_pairs(folder: Path, *, batch_rows: int = 256) -> Iterator[Pair]:
    """Stream (Article, Record) pairs back from the Parquet files of ``folder``.

    A failed document comes back as an Article without text and its error record (the store
    reports it as a failure and stores nothing).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq
    from pydantic import ValidationError

    for path in list_parts(folder):
        try:
            parquet = pq.ParquetFile(path)
            for batch in parquet.iter_batches(batch_size=batch_rows, columns=list(COLUMNS)):
                rows = batch.to_pylist()
                for row in rows:
                    yield _pair(row)
        except (OSError, pa.ArrowException, ValidationError, json.JSONDecodeError) as exc:
            raise EngineError(f"{path}: not a partition written by 'dateline ingest "
                              f"--parquet-out' ({type(exc).__name__}: {exc})") from exc


def _pair(row: dict[str, Any]) -> Pair:
    record = Record.model_validate_json(row["record"])
    article = Article(
        text=row["text"] or "", id=row["id"], url=row["url"], published=row["published"],
        source=row["source"], title=row["title"], language=row["language"],
        meta=json.loads(row["meta"]) if row["meta"] else {})
    return article, record


class PlannedTotal:
    """A progress bar's total that grows with the partitions planned, while each one's size is
    known (text and HTML files, JSON Lines ranges); unknown once one is not (WARC, feeds)."""

    def __init__(self) -> None:
        self.documents = 0
        self.known = True

    def add(self, part: Partition, bar: Any) -> None:
        if not self.known:
            return
        if part.size is None:
            self.known = False
            bar.total = None
        else:
            self.documents += part.size
            bar.total = self.documents
        bar.refresh()


def parts_to_parquet(engine: Any, paths: Iterable[str], folder: Path, *,
                     docs_per_partition: int = DOCS_PER_PARTITION, progress: bool = False,
                     total: int | None = None) -> PartsStats:
    """Run ``engine`` (anything with ``extract_many``) over the inputs' partitions, read here,
    and write one Parquet file per partition into ``folder``; skip partitions already written.

    The progress bar's ``total`` defaults to the documents of the partitions planned so far
    (:class:`PlannedTotal`)."""
    from tqdm import tqdm

    folder = Path(folder)
    stats = PartsStats()
    owner: dict[int, Partition] = {}  # id(document) -> its partition, while in flight

    def documents() -> Iterator[Document]:
        for part in plan_partitions(paths, docs_per_partition=docs_per_partition):
            stats.partitions += 1
            if total is None:
                planned.add(part, bar)
            if (folder / f"{part.name}{SUFFIX}").exists():
                stats.skipped += 1
                continue
            count = 0
            for document in read_partition(part):
                owner[id(document)] = part
                count += 1
                yield document
            if count == 0:  # nothing to extract: mark it done
                write_part([], folder / f"{part.name}{SUFFIX}")
                stats.written += 1

    def flush(part: Partition, pairs: list[Pair]) -> None:
        documents, failed = write_part(pairs, folder / f"{part.name}{SUFFIX}")
        stats.written += 1
        stats.documents += documents
        stats.failed += failed
        bar.update(documents)

    current: Partition | None = None
    pairs: list[Pair] = []
    planned = PlannedTotal()
    with tqdm(total=total, unit="doc", desc="extract", disable=not progress) as bar:
        for document, record in engine.extract_many(documents()):
            part = owner.pop(id(document))
            if current is not None and part is not current:
                flush(current, pairs)
                pairs = []
            current = part
            pairs.append((document, record))
        if current is not None:
            flush(current, pairs)
    return stats
