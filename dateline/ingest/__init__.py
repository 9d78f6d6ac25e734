"""Ingestion: turn sources (files, streams, pages, feeds, archives) into Articles.

``iter_documents`` is the one entry point the CLI and the engines use: it streams
Articles (or FailedDocuments for what cannot be read) from a list of paths and http(s) URLs
(a feed URL yields its entries' pages; a page URL the page).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.article import Article, FailedDocument
from dateline.errors import InputError, UsageError
from dateline.ingest.jsonl import iter_jsonl
from dateline.ingest.text import read_text_file

__all__ = ["Document", "expand_paths", "is_url", "iter_documents"]

Document = Article | FailedDocument

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def is_url(raw: str) -> bool:
    """True for an ``http://`` or ``https://`` URL (read over the network, not from disk)."""
    return raw.lower().startswith(("http://", "https://"))


def expand_paths(paths: Iterable[str]) -> Iterator[Path | str]:
    """Expand folders into their supported files (sorted); keep ``-`` (stdin) and URLs."""
    for raw in paths:
        if raw == "-" or is_url(raw):
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _suffix(child) in TEXT_SUFFIXES | JSONL_SUFFIXES | _extra_suffixes():
                    yield child
        elif path.exists():
            yield path
        else:
            raise UsageError(f"no such file or folder: {raw}")


def _extra_suffixes() -> set[str]:
    return set(_handlers())


def _handlers() -> dict:
    """Suffix -> reader for the richer formats (HTML, WARC, feeds), registered by their modules."""
    from dateline.ingest import registry

    return registry.HANDLERS


def _suffix(path: Path) -> str:
    from dateline.ingest.registry import suffix_of

    return suffix_of(path)


def iter_documents(paths: Iterable[str]) -> Iterator[Document]:
    """Stream Articles (or FailedDocuments) from files, folders, ``-`` (stdin, JSON Lines) and
    http(s) URLs of feeds or pages."""
    for item in expand_paths(paths):
        if item == "-":
            yield from iter_jsonl(sys.stdin.buffer, stem="stdin")
            continue
        if isinstance(item, str) and is_url(item):
            from dateline.ingest.feeds import iter_url

            yield from iter_url(item)
            continue
        path = Path(item)
        suffix = _suffix(path)
        if suffix in JSONL_SUFFIXES:
            try:
                with path.open("rb") as stream:
                    yield from iter_jsonl(stream, stem=path.stem)
            except OSError as exc:
                yield FailedDocument(path.stem, InputError(f"{path}: cannot read ({exc})"))
        elif suffix in _handlers():
            yield from _handlers()[suffix](path)
        else:
            try:
                yield read_text_file(path)
            except InputError as exc:
                yield FailedDocument(path.stem, exc)
