"""``dateline load``: import extraction records written as Parquet partitions into the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.output import note, want_progress

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
    from dateline.jobs.load import load_parquet

    loaded = load_parquet(folder, db=db, batch_size=batch_size,
                          progress=want_progress(show_progress))
    for failure in loaded.stats.failures:
        note(f"not stored: {failure.id}: {failure.type}: {failure.message}")
    note(loaded.summary())
    if loaded.stats.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("load", epilog=EPILOG, no_args_is_help=True)(load)
