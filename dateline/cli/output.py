"""Output helpers shared by the commands: where results go, whether to show progress, messages,
tables (the progress bars themselves are the jobs' own: :mod:`dateline.jobs.progress`).

Every command writes its results to stdout or ``-o FILE`` through :func:`open_output`
and its messages to stderr through :func:`note`; it ends with ``typer.Exit(1)`` when some
documents failed and raises ``UsageError`` for bad input (exit 2; see ``dateline.cli.main``).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

import typer

from dateline.errors import UsageError

__all__ = [
    "check_inputs",
    "note",
    "open_output",
    "render_table",
    "want_progress",
]


def note(message: str) -> None:
    """A one-line message on stderr, prefixed like every Dateline message."""
    typer.echo(f"dateline: {message}", err=True)


def check_inputs(paths: Sequence[str], *, allow_stdin: bool = True) -> None:
    """Raise :class:`UsageError` for an input path that does not exist (before any output).

    http(s) URLs (feeds, pages) are read over the network and not checked here.
    """
    for raw in paths:
        if raw.lower().startswith(("http://", "https://")):
            continue
        if raw == "-":
            if not allow_stdin:
                raise UsageError("reading from stdin ('-') is not supported here")
            continue
        if not Path(raw).exists():
            raise UsageError(f"no such file or folder: {raw}")


@contextlib.contextmanager
def open_output(path: Path | None) -> Iterator[IO[str]]:
    """A text stream for results: the file at ``path`` (UTF-8, ``\\n`` line ends) or stdout."""
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    if path.is_dir():
        raise UsageError(f"output path is a folder: {path}")
    if not path.parent.exists():
        raise UsageError(f"output folder does not exist: {path.parent}")
    try:
        stream = path.open("w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc
    with stream:
        yield stream


def want_progress(flag: bool | None) -> bool:
    """``--progress``/``--no-progress`` if given, else whether stderr is a terminal."""
    if flag is not None:
        return flag
    return sys.stderr.isatty()


def render_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain-text table: left-aligned first column, right-aligned numbers."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(value))

    def line(values: Sequence[str]) -> str:
        parts = [values[0].ljust(widths[0])]
        parts += [v.rjust(w) for v, w in zip(values[1:], widths[1:], strict=True)]
        return "  ".join(parts).rstrip()

    out = [line(list(headers)), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    return "\n".join(out)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
