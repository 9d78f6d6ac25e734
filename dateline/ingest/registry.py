"""Readers for file types beyond text and JSON Lines, keyed by suffix.

Each reader takes a Path and yields Articles or FailedDocuments. Suffixes may be double
(``.warc.gz``): :func:`handler_for` tries the longest match first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from dateline.article import Article, FailedDocument
from dateline.ingest.feeds import read_feed_file
from dateline.ingest.html import read_html_file
from dateline.ingest.warc import read_warc_file

__all__ = ["HANDLERS", "Reader", "handler_for", "suffix_of"]

Reader = Callable[[Path], Iterator[Article | FailedDocument]]

HANDLERS: dict[str, Reader] = {
    ".html": read_html_file,
    ".htm": read_html_file,
    ".warc": read_warc_file,
    ".warc.gz": read_warc_file,
    ".xml": read_feed_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
}


def suffix_of(path: Path) -> str:
    """The registered suffix of ``path`` (``".warc.gz"`` before ``".gz"``), else its last one."""
    suffixes = [s.lower() for s in path.suffixes]
    for size in (2, 1):
        candidate = "".join(suffixes[-size:])
        if len(suffixes) >= size and candidate in HANDLERS:
            return candidate
    return path.suffix.lower()


def handler_for(path: Path) -> Reader | None:
    """The reader registered for ``path``'s suffix, if any."""
    return HANDLERS.get(suffix_of(path))
