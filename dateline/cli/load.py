"""``dateline load``: import extraction records written as Parquet partitions into the store."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer

from dateline.article import Article, FailedDocument
from dateline.cli.output import note, want_progress
from dateline.errors import UsageError
from dateline.record import Record

__all__ = ["load", "register"]

EPILOG = (
    "Examples:\n\n"
    "  dateline ingest corpus/ --engine dask --parquet-out records/\n\n"
    "  dateline load records/ --db team.db\n\n"
    "  dateline load records/ --db postgresql://dateline@db.internal/dateline --progress\n\n"
    "Loading is idempotent: articles already stored with the same text are skipped, so a "
    "re-run (or a run over a folder that has grown) only adds what is new.\n\n"
    "Exit codes: 0 every document stored, 1 some documents failed (reported, not stored), "
    "2 usage error."
)

DB_HELP = "SQLite file or postgresql:// URL (default: $DATELINE_DB, else ./dateline.db)."

Document = Article | FailedDocument
Pair = tuple[Document, Record]


class _Replay:
    """An extractor stand-in that hands back the records read with the documents.

    The store's ingest drops known documents before "extraction"; the records of the dropped
    ones are forgotten as later documents arrive, so memory stays bounded.
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
                raise RuntimeError("document without a record")


def load(
    folder: Annotated[Path, typer.Argument(
        help="Folder of Parquet partitions written by 'dateline ingest --parquet-out'.",
        show_default=False)],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)] = None,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Documents per database transaction.")] = 64,
    show_progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress",
        help="Progress bar on stderr (default: when stderr is a terminal).",
        show_default=False)] = None,
) -> None:
    """Import records written as Parquet partitions: resolve people and events across articles
    and store them, as 'dateline ingest' does after extraction."""
    from dateline.engine.parquet import list_parts, read_pairs
    from dateline.store import open_store
    from dateline.store.ingest import ingest_documents

    if not folder.is_dir():
        raise UsageError(f"no such folder: {folder}")
    parts = list_parts(folder)
    if not parts:
        raise UsageError(f"no Parquet partitions (*.parquet) in {folder}")
    enabled = want_progress(show_progress)
    total = _count_rows(parts) if enabled else None
    replay = _Replay(read_pairs(folder))
    with open_store(db) as store:
        stats = ingest_documents(replay.documents(), store, replay, batch_size=batch_size,
                                 progress=enabled, total=total)
    for failure in stats.failures:
        note(f"not stored: {failure.id}: {failure.type}: {failure.message}")
    note(f"{len(parts)} partitions, {stats.summary()}")
    if stats.failed:
        raise typer.Exit(1)


def _count_rows(parts: list[Path]) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(p).metadata.num_rows for p in parts)


def register(app: typer.Typer) -> None:
    app.command("load", epilog=EPILOG, no_args_is_help=True)(load)
