"""``dateline ingest``: extract, resolve and store documents in the knowledge base."""

from __future__ import annotations

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
    workers: Annotated[int, typer.Option(
        "--workers", min=1, help="Parser processes (the extractor's n_process).")] = 1,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Documents per database transaction.")] = 32,
    show_progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress",
        help="Progress bar on stderr (default: when stderr is a terminal).",
        show_default=False)] = None,
) -> None:
    """Extract engagements from documents, resolve people and events across articles, and
    store them (SQLite by default, or PostgreSQL)."""
    from dateline.cli.extract import count_documents
    from dateline.extract.pipeline import Extractor
    from dateline.store import ingest as run_ingest
    from dateline.store import open_store

    if not paths:
        raise UsageError("no input: give files, folders or '-' for stdin (see --help)")
    check_inputs(paths)
    enabled = want_progress(show_progress)
    total = count_documents(paths) if enabled else None
    with open_store(db) as store:
        stats = run_ingest(paths, store, Extractor(n_process=workers), batch_size=batch_size,
                           progress=enabled, total=total)
    for failure in stats.failures:
        note(f"not stored: {failure.id}: {failure.type}: {failure.message}")
    note(stats.summary())
    if stats.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("ingest", epilog=EPILOG, no_args_is_help=True)(ingest)
