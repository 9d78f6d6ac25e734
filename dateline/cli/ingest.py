"""``dateline ingest``: extract, resolve and store documents in the knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.output import check_inputs, note, want_progress
from dateline.errors import UsageError

__all__ = ["ingest", "register"]

EPILOG = (
    "Examples:\n\n"
    "  dateline ingest examples/demo\n\n"
    "  dateline ingest corpus/ feeds.jsonl --db team.db --workers 2 --progress\n\n"
    "  dateline ingest corpus/ --db postgresql://dateline@db.internal/dateline\n\n"
    "  dateline ingest pages/story.html crawl.warc.gz https://outlet.example/rss.xml\n\n"
    "  dateline ingest corpus/ --engine dask --scheduler tcp://10.0.0.5:8786 --db "
    "postgresql://dateline@db.internal/dateline\n\n"
    "  dateline ingest corpus/ --engine dask --parquet-out /shared/records && "
    "dateline load /shared/records --db team.db\n\n"
    "Re-running is cheap: articles already stored with the same text are skipped before "
    "extraction; a new text at a known URL replaces the old one.\n\n"
    "Exit codes: 0 every document stored, 1 some documents failed (reported, not stored), "
    "2 usage error."
)

DB_HELP = "SQLite file or postgresql:// URL (default: $DATELINE_DB, else ./dateline.db)."


def ingest(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Text, JSON Lines, HTML and WARC files, RSS/Atom feed files, folders of them, "
             "feed or page URLs, or '-' for stdin (JSON Lines).",
        show_default=False)] = None,
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)] = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, show_default=False,
        help="Worker processes, each running the whole pipeline (default: one per CPU); "
             "with --engine dask and no --scheduler, the local cluster's workers.")] = None,
    engine: Annotated[str, typer.Option(
        "--engine", help="local: worker processes on this machine; dask: a Dask cluster.")
    ] = "local",
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", show_default=False,
        help="Dask scheduler address, tcp://HOST:PORT (default: a local cluster).")] = None,
    parquet_out: Annotated[Path | None, typer.Option(
        "--parquet-out", show_default=False,
        help="Write the records as Parquet partitions into this folder (every worker must "
             "see it) instead of the database; import them with 'dateline load'. A re-run "
             "skips the partitions already written.")] = None,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Documents per database transaction.")] = 32,
    show_progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress",
        help="Progress bar on stderr (default: when stderr is a terminal).",
        show_default=False)] = None,
) -> None:
    """Extract engagements from documents, resolve people and events across articles, and
    store them (SQLite by default, or PostgreSQL)."""
    from dateline.jobs.ingest import ingest_paths, paths_to_parquet

    if not paths:
        raise UsageError("no input: give files, folders or '-' for stdin (see --help)")
    check_inputs(paths)
    if parquet_out is not None and db is not None:
        raise UsageError("--parquet-out writes Parquet, not to a database: drop --db, then "
                         "run 'dateline load FOLDER --db ...'")
    enabled = want_progress(show_progress)
    if parquet_out is not None:
        parts = paths_to_parquet(paths, parquet_out, engine=engine, workers=workers,
                                 scheduler=scheduler, progress=enabled)
        for message in parts.failures:
            note(f"partition failed: {message}")
        note(parts.summary())
        if parts.failed or parts.failures:
            raise typer.Exit(1)
        return
    stats = ingest_paths(paths, db=db, engine=engine, workers=workers, scheduler=scheduler,
                         batch_size=batch_size, progress=enabled)
    for failure in stats.failures:
        note(f"not stored: {failure.id}: {failure.type}: {failure.message}")
    note(stats.summary())
    if stats.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("ingest", epilog=EPILOG, no_args_is_help=True)(ingest)
