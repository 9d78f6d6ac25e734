"""``dateline extract``: documents in, one JSON record per document out (JSON Lines)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.output import check_inputs, note, open_output, want_progress
from dateline.errors import UsageError

__all__ = ["extract", "register"]

EPILOG = (
    "Examples:\n\n"
    "  dateline extract report.txt\n\n"
    "  dateline extract corpus/ articles.jsonl -o records.jsonl --progress\n\n"
    "  cat articles.jsonl | dateline extract - --jsonl --workers 2\n\n"
    "Exit codes: 0 every document processed, 1 some documents failed (their error "
    "records are in the output), 2 usage error."
)


def extract(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Text files (.txt), folders of them, JSON Lines files (.jsonl) or '-' for stdin.",
        show_default=False)] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the records to this file instead of stdout.")] = None,
    jsonl: Annotated[bool, typer.Option(
        "--jsonl", help="Read stdin and the files named, whatever their suffix, as JSON Lines.")] = False,
    show_progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress",
        help="Progress bar on stderr (default: when stderr is a terminal).",
        show_default=False)] = None,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Documents per spaCy batch.")] = 32,
    workers: Annotated[int, typer.Option(
        "--workers", min=1, help="Worker processes, each running the whole pipeline.")] = 1,
) -> None:
    """Extract engagements between states from news text: one JSON record per document.

    Records follow the contract (see 'dateline schema'); a document that cannot be read or processed gets an error record and the run goes on.
    """
    from dateline.jobs.extract import extract_to

    if not paths:
        raise UsageError("no input: give files, folders or '-' for stdin (see --help)")
    check_inputs(paths)
    with open_output(output) as out:
        stats = extract_to(paths, out, jsonl=jsonl, batch_size=batch_size, workers=workers,
                           progress=want_progress(show_progress))
    if stats.documents == 0:
        note("no documents found in the input")
    if stats.failed:
        note(f"{stats.failed} of {stats.documents} documents failed")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("extract", epilog=EPILOG, no_args_is_help=True)(extract)
