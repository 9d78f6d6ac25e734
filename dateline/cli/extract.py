"""``dateline extract``: documents in, one JSON record per document out (JSON Lines)."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Annotated

import typer

from dateline.article import Article, FailedDocument
from dateline.cli.output import check_inputs, note, open_output, progress, want_progress
from dateline.errors import InputError, UsageError
from dateline.ingest import JSONL_SUFFIXES, TEXT_SUFFIXES, expand_paths, iter_documents
from dateline.ingest.jsonl import iter_jsonl
from dateline.ingest.text import decode_text

__all__ = ["extract", "register"]

Document = Article | FailedDocument

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
        "--workers", min=1, help="Parser processes (spaCy n_process).")] = 1,
) -> None:
    """Extract engagements between states from news text: one JSON record per document.

    Records follow the contract (see 'dateline schema'); a document that cannot be read or processed gets an error record and the run goes on.
    """
    from dateline.extract.pipeline import Extractor

    if not paths:
        raise UsageError("no input: give files, folders or '-' for stdin (see --help)")
    check_inputs(paths)
    enabled = want_progress(show_progress)
    total = count_documents(paths, jsonl=jsonl) if enabled else None
    extractor = Extractor(batch_size=batch_size, n_process=workers)
    done = failed = 0
    with open_output(output) as out:
        pairs = extractor.extract_many(read_documents(paths, jsonl=jsonl))
        for _, record in progress(pairs, enabled=enabled, total=total):
            out.write(record.to_json())
            out.write("\n")
            done += 1
            failed += record.error is not None
    if done == 0:
        note("no documents found in the input")
    if failed:
        note(f"{failed} of {done} documents failed")
        raise typer.Exit(1)


def read_documents(paths: Sequence[str], *, jsonl: bool = False) -> Iterator[Document]:
    """Stream the inputs' documents; ``jsonl`` reads stdin and named files as JSON Lines.

    Stdin without ``--jsonl`` is JSON Lines when it starts with ``{``, else one text document.
    """
    for raw in paths:
        if raw == "-":
            yield from _stdin_documents(jsonl=jsonl)
        elif jsonl and Path(raw).is_file():
            yield from _jsonl_file(Path(raw))
        else:
            yield from iter_documents([raw])


def count_documents(paths: Sequence[str], *, jsonl: bool = False) -> int | None:
    """How many documents the inputs hold, for the progress bar; None when unknown (stdin)."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        if jsonl and Path(raw).is_file():
            total += _count_lines(Path(raw))
            continue
        for item in expand_paths([raw]):
            suffix = Path(item).suffix.lower()
            if suffix in JSONL_SUFFIXES:
                total += _count_lines(Path(item))
            elif suffix in TEXT_SUFFIXES:
                total += 1
            else:
                return None  # HTML, WARC, feeds: documents per file unknown
    return total


def _count_lines(path: Path) -> int:
    with path.open("rb") as stream:
        return sum(1 for line in stream if line.strip())


def _jsonl_file(path: Path) -> Iterator[Document]:
    try:
        with path.open("rb") as stream:
            yield from iter_jsonl(stream, stem=path.stem)
    except OSError as exc:
        yield FailedDocument(path.stem, InputError(f"{path}: cannot read ({exc.strerror or exc})"))


def _stdin_documents(*, jsonl: bool) -> Iterator[Document]:
    stream = _peekable(sys.stdin.buffer)
    if jsonl or stream.peek(64).lstrip()[:1] in (b"{", b""):
        yield from iter_jsonl(stream, stem="stdin")
        return
    try:
        yield Article(text=decode_text(stream.read(), name="stdin"), id="stdin")
    except InputError as exc:
        yield FailedDocument("stdin", exc)


def _peekable(stream: IO[bytes]) -> io.BufferedReader:
    if isinstance(stream, io.BufferedReader):
        return stream
    return io.BufferedReader(stream)  # type: ignore[arg-type]


def register(app: typer.Typer) -> None:
    app.command("extract", epilog=EPILOG, no_args_is_help=True)(extract)
