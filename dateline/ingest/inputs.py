"""The one reader of inputs: files, folders, ``-`` (stdin) and http(s) URLs, as documents.

``dateline extract``, ``dateline ingest``, the jobs and the engines' partitions all read through
:func:`iter_documents` (or :class:`Inputs`, the same stream with a running count for progress
bars), so a document gets the same id and the same error whichever way it is read:

* a folder: its supported files, recursively, in name order;
* ``.txt``/``.text``: one document (the file stem is its id);
* ``.jsonl``/``.ndjson``: one document per line (ids default to ``stem:line``);
* ``.html``, ``.warc[.gz]``, feed files (``.xml``, ``.rss``, ``.atom``): their readers
  (:mod:`dateline.ingest.registry`);
* an http(s) URL: a feed's entries' pages, or the page;
* ``-``: JSON Lines from stdin (with ``stdin_text``, one plain-text document unless it starts
  with ``{``).

Counting for a progress bar never reads an input twice: :meth:`Inputs.expected` counts the
one-document files named or listed (no reading) and estimates JSON Lines files from the bytes
read so far (see there).
"""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from dateline.article import Article, FailedDocument
from dateline.errors import InputError, UsageError
from dateline.ingest.jsonl import Line, iter_jsonl, iter_jsonl_lines, line_size, read_lines
from dateline.ingest.language import detect_language
from dateline.ingest.text import decode_text, read_capped, read_text_file

__all__ = ["Document", "Inputs", "JSONL_SUFFIXES", "SINGLE_SUFFIXES", "TEXT_SUFFIXES",
           "expand_paths", "is_url", "iter_documents", "jsonl_file", "jsonl_lines", "jsonl_range",
           "read_source", "stdin_documents",
           "suffix_of"]

log = logging.getLogger(__name__)

Document = Article | FailedDocument

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SINGLE_SUFFIXES = TEXT_SUFFIXES | {".html", ".htm"}  # one document per file


def is_url(raw: str) -> bool:
    """True for an ``http://`` or ``https://`` URL (read over the network, not from disk)."""
    return raw.lower().startswith(("http://", "https://"))


def _handlers() -> dict:
    """Suffix -> reader for the richer formats (HTML, WARC, feeds), registered by their modules
    (imported on first use: they bring trafilatura and warcio)."""
    from dateline.ingest import registry

    return registry.HANDLERS


def suffix_of(path: Path) -> str:
    """The registered suffix of ``path`` (``".warc.gz"`` before ``".gz"``), else its last one."""
    from dateline.ingest.registry import suffix_of as registered

    return registered(path)


def expand_paths(paths: Iterable[str]) -> Iterator[Path | str]:
    """Expand folders into their supported files (sorted); keep ``-`` (stdin) and URLs."""
    for raw in paths:
        if raw == "-" or is_url(raw):
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            known = TEXT_SUFFIXES | JSONL_SUFFIXES | set(_handlers())
            for child in sorted(path.rglob("*")):
                if child.is_file() and suffix_of(child) in known:
                    yield child
        elif path.exists():
            yield path
        else:
            raise UsageError(f"no such file or folder: {raw}")


def _cannot_read(path: Path, exc: OSError) -> FailedDocument:
    return FailedDocument(path.stem, InputError(f"{path}: cannot read ({exc.strerror or exc})"))


def _counted(stream: IO[bytes], tally: Callable[[int], None] | None) -> Iterator[Line]:
    for raw in read_lines(stream):
        if tally is not None:
            tally(line_size(raw))
        yield raw


def jsonl_file(path: Path, *, tally: Callable[[int], None] | None = None
               ) -> Iterator[Document]:
    """The documents of a JSON Lines file; ``tally`` is told the bytes of each line read."""
    try:
        with path.open("rb") as stream:
            yield from iter_jsonl_lines(enumerate(_counted(stream, tally), start=1),
                                        stem=path.stem)
    except OSError as exc:
        yield _cannot_read(path, exc)


def jsonl_range(path: Path, start: int, end: int, first_line: int, *, stem: str
                ) -> Iterator[Document]:
    """The documents of the lines of a JSON Lines file that begin in bytes ``[start, end)``,
    numbered from ``first_line``: the ids and errors the whole file gives them."""
    try:
        with path.open("rb") as stream:
            stream.seek(start)
            yield from iter_jsonl_lines(_numbered(stream, end, first_line), stem=stem)
    except OSError as exc:
        yield FailedDocument(stem, InputError(f"{path}: cannot read ({exc.strerror or exc})"))


def jsonl_lines(lines: Iterable[Line], first_line: int, *, stem: str) -> Iterator[Document]:
    """The documents of JSON Lines held in memory (stdin cut into partitions), numbered from
    ``first_line``."""
    yield from iter_jsonl_lines(enumerate(lines, start=first_line), stem=stem)


def _numbered(stream: IO[bytes], end: int, first: int) -> Iterator[tuple[int, Line]]:
    number = first
    position = stream.tell()
    lines = read_lines(stream)
    while position < end:
        raw = next(lines, None)
        if raw is None:
            return
        position += line_size(raw)
        yield number, raw
        number += 1


def stdin_documents(stream: IO[bytes] | None = None, *, text: bool = False
                    ) -> Iterator[Document]:
    """Documents from stdin: JSON Lines; with ``text``, one plain-text document unless the
    input starts with ``{`` (or is empty)."""
    source = stream if stream is not None else sys.stdin.buffer
    if not text:
        yield from iter_jsonl(source, stem="stdin")
        return
    peekable = _peekable(source)
    if peekable.peek(64).lstrip()[:1] in (b"{", b""):
        yield from iter_jsonl(peekable, stem="stdin")
        return
    try:
        body = decode_text(read_capped(peekable, name="stdin"), name="stdin")
        yield Article(text=body, id="stdin", language=detect_language(body).code)
    except InputError as exc:
        yield FailedDocument("stdin", exc)


def _peekable(stream: IO[bytes]) -> io.BufferedReader:
    if isinstance(stream, io.BufferedReader):
        return stream
    return io.BufferedReader(stream)  # type: ignore[arg-type]


def read_source(item: Path | str, *, tally: Callable[[int], None] | None = None
                ) -> Iterator[Document]:
    """The documents of one expanded input (see :func:`expand_paths`): a file or a URL."""
    if isinstance(item, str) and is_url(item):
        from dateline.ingest.feeds import iter_url

        yield from iter_url(item)
        return
    path = Path(item)
    suffix = suffix_of(path)
    if suffix in JSONL_SUFFIXES:
        yield from jsonl_file(path, tally=tally)
    elif suffix in _handlers():
        yield from _guarded(_handlers()[suffix](path), path)
    else:
        try:
            yield read_text_file(path)
        except InputError as exc:
            yield FailedDocument(path.stem, exc)


def _guarded(documents: Iterator[Document], path: Path) -> Iterator[Document]:
    """A reader's documents; should the reader itself fail on hostile data (a bug, not a bad
    document it reports), an error record for the rest of the file, and the run goes on."""
    try:
        yield from documents
    except Exception as exc:  # noqa: BLE001 - any failure of a reader ends its file only
        log.warning("%s: the reader failed: %s: %s", path, type(exc).__name__, exc,
                    exc_info=log.isEnabledFor(logging.DEBUG))
        yield FailedDocument(path.stem, InputError(
            f"{path}: cannot read the rest of the file ({type(exc).__name__}: {exc})"))


def iter_documents(paths: Iterable[str], *, jsonl: bool = False,
                   stdin_text: bool = False) -> Iterator[Document]:
    """Stream Articles (or FailedDocuments) from files, folders, ``-`` and http(s) URLs of
    feeds or pages, in argument order.

    ``jsonl`` reads the files named (not those in folders) as JSON Lines whatever their suffix;
    ``stdin_text`` lets stdin be one plain-text document (see :func:`stdin_documents`).
    """
    yield from Inputs(paths, jsonl=jsonl, stdin_text=stdin_text)


@dataclass(slots=True)
class _Tally:
    """What has been read: documents, and for JSON Lines files their documents and bytes."""

    documents: int = 0
    jsonl_documents: int = 0
    jsonl_bytes: int = 0
    done: bool = False

    def add_bytes(self, size: int) -> None:
        self.jsonl_bytes += size


class Inputs:
    """The documents of ``paths``, read once, with a running count for progress bars.

    Iterate it for the documents (as :func:`iter_documents`); :meth:`expected` estimates how
    many there are in all.
    """

    def __init__(self, paths: Iterable[str], *, jsonl: bool = False,
                 stdin_text: bool = False) -> None:
        self.paths = list(paths)
        self.jsonl = jsonl
        self.stdin_text = stdin_text
        self._tally = _Tally()
        self._planned = False
        self._singles: int | None = None  # None: the total cannot be known
        self._jsonl_size = 0

    @property
    def read(self) -> int:
        """Documents read so far."""
        return self._tally.documents

    def __iter__(self) -> Iterator[Document]:
        tally = self._tally
        for document, multi in self._documents():
            tally.documents += 1
            tally.jsonl_documents += multi
            yield document
        tally.done = True

    def _documents(self) -> Iterator[tuple[Document, bool]]:
        add = self._tally.add_bytes
        for raw in self.paths:
            if raw == "-":
                for document in stdin_documents(text=self.stdin_text and not self.jsonl):
                    yield document, False
            elif self.jsonl and Path(raw).is_file():
                for document in jsonl_file(Path(raw), tally=add):
                    yield document, True
            else:
                for item in expand_paths([raw]):
                    jsonl = isinstance(item, Path) and suffix_of(item) in JSONL_SUFFIXES
                    for document in read_source(item, tally=add):
                        yield document, jsonl

    def expected(self) -> int | None:
        """How many documents the inputs hold, for a progress bar; None when unknown.

        One-document files (text, HTML) count one each, from the listing. A JSON Lines file is
        not read ahead to count its lines: its documents are estimated from the bytes read so
        far (exact once it is read; unknown before its first line). stdin, URLs, WARC archives
        and feed files leave the total unknown. Once everything is read, the count is exact.
        """
        tally = self._tally
        if tally.done:
            return tally.documents
        if not self._planned:
            self._plan()
        if self._singles is None:
            return None
        if not self._jsonl_size:
            return self._singles
        if not tally.jsonl_bytes or not tally.jsonl_documents:
            return None
        rate = tally.jsonl_documents / tally.jsonl_bytes
        estimate = round(rate * self._jsonl_size)
        return self._singles + max(estimate, tally.jsonl_documents)

    def _plan(self) -> None:
        """Count the one-document files and size the JSON Lines files (listing, no reading)."""
        self._planned = True
        singles = size = 0
        for raw in self.paths:
            if raw == "-" or is_url(raw):
                return
            path = Path(raw)
            if self.jsonl and path.is_file():
                size += _size(path)
                continue
            try:
                items = list(expand_paths([raw]))
            except UsageError:
                return  # the reader reports it
            for item in items:
                suffix = suffix_of(Path(item))
                if suffix in JSONL_SUFFIXES:
                    size += _size(Path(item))
                elif suffix in SINGLE_SUFFIXES:
                    singles += 1
                else:
                    return  # WARC, feeds: documents per file unknown
        self._singles, self._jsonl_size = singles, size


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
