"""The Article: what ingestion hands to extraction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


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
