"""Dateline: who met whom, where, when, in what format, what they signed and announced.

The public API::

    >>> import dateline
    >>> record = dateline.extract_text("BAKU, Azerbaijan, April 3. ...", published="2024-04-03")
    >>> [e.kind for e in record.events]

``extract_many`` streams many documents; ``open_store`` opens the knowledge base.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from dateline.article import Article, FailedDocument
from dateline.errors import DatelineError
from dateline.record import Actor, Event, Record

if TYPE_CHECKING:
    from dateline.extract.pipeline import Extractor

__all__ = [
    "Actor",
    "Article",
    "DatelineError",
    "Event",
    "Record",
    "extract_many",
    "extract_text",
    "get_extractor",
    "open_store",
]

__version__ = "0.1.0"

_EXTRACTOR: Extractor | None = None


def get_extractor() -> Extractor:
    """The process-wide Extractor (the spaCy pipeline is loaded once)."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from dateline.extract.pipeline import Extractor

        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def extract_text(text: str, *, published: str | None = None, id: str = "doc",
                 url: str | None = None, source: str | None = None) -> Record:
    """Extract one document's record from its text."""
    article = Article(text=text, id=id, url=url, published=published, source=source)
    return get_extractor().extract(article)


def extract_many(documents: Iterable[Article | FailedDocument]) -> Iterator[Record]:
    """Extract many documents (batched through ``nlp.pipe``), yielding records in order."""
    for _, record in get_extractor().extract_many(documents):
        yield record


def open_store(url: str | None = None, **options: Any) -> Any:
    """Open the knowledge base: a SQLite path (default ``./dateline.db``) or a postgresql:// URL."""
    from dateline.store import open_store as _open

    return _open(url, **options)
