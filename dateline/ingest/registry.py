"""Readers for file types beyond text and JSON Lines, keyed by suffix.

Each reader takes a Path and yields Articles or FailedDocuments. Modules such as
``dateline.ingest.html`` and ``dateline.ingest.warc`` add themselves here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from dateline.article import Article, FailedDocument

Reader = Callable[[Path], Iterator[Article | FailedDocument]]

HANDLERS: dict[str, Reader] = {}
