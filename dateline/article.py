"""The Article: what ingestion hands to extraction.

Text is Unicode that can be written out as UTF-8: a lone surrogate (``"\\udc00"`` in a JSON
string, which no UTF-8 text can hold) becomes U+FFFD, one character for one, so offsets into the
text stay what they were (:func:`scrub`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["MAX_CHARS", "Article", "FailedDocument", "scrub"]

# The longest document Dateline extracts (characters); a longer one gets an error record.
MAX_CHARS = 1_000_000

_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(value: str) -> str:
    """``value`` with every lone surrogate replaced by U+FFFD (same length, same offsets)."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def _scrub_optional(value: Any) -> Any:
    return scrub(value) if isinstance(value, str) else value


@dataclass(slots=True)
class Article:
    """One document to extract from.

    ``text`` is the document exactly as read (after decoding); record offsets index into it.
    ``published`` is ``YYYY-MM-DD`` (or an ISO datetime, cut to the date) when the source says so.
    """

    text: str
    id: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    title: str | None = None
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if isinstance(self.text, str):
            self.text = scrub(self.text)
        for name in ("id", "url", "published", "source", "title", "language"):
            setattr(self, name, _scrub_optional(getattr(self, name)))

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: the article's identity when it has no URL."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """Identity of the article across ingests: its URL, else its content hash."""
        return self.url or ("sha256:" + self.content_hash)


@dataclass(slots=True)
class FailedDocument:
    """A document that could not be turned into an Article (unreadable, malformed...)."""

    id: str
    error: Exception
    url: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        self.id = scrub(self.id) if isinstance(self.id, str) else str(self.id)
        self.url = _scrub_optional(self.url)
        self.source = _scrub_optional(self.source)
