"""Exceptions raised by Dateline.

Every error Dateline raises on purpose derives from :class:`DatelineError`::

    DatelineError
    ├── UsageError            bad options or arguments (CLI exit code 2)
    │   └── NotFoundError         no person, country or organisation matches a name asked for
    ├── InputError            a document cannot be read or decoded
    │   ├── EmptyDocumentError    the document has no text
    │   ├── BinaryDocumentError   the bytes are not text
    │   └── MalformedInputError   a JSONL line is not valid JSON or lacks ``text``
    ├── ExtractionError       the NLP pipeline failed on a document
    ├── LexiconError          a lexicon data file is missing or malformed
    ├── StoreError            the database refused an operation
    │   └── SchemaError           the database schema is missing or too new
    ├── IngestError           a source (page, feed, archive) cannot be used
    │   ├── FetchError            network fetch failed (status, timeout, size cap)
    │   └── NotAnArticleError     the page is not an article (skip record)
    └── EngineError           an engine failed: process pool, Dask cluster, Parquet partitions
        └── BusyError             a bounded queue is full (e.g. the web's write queue): retry

Foreign exceptions are wrapped with ``raise DatelineError(...) from exc`` so callers
only need to catch one tree. ``error_info`` turns any exception into the
``{"type": ..., "message": ...}`` object that error records carry.
"""

from __future__ import annotations

__all__ = [
    "BinaryDocumentError",
    "BusyError",
    "DatelineError",
    "EmptyDocumentError",
    "EngineError",
    "ExtractionError",
    "FetchError",
    "IngestError",
    "InputError",
    "LexiconError",
    "MalformedInputError",
    "NotFoundError",
    "NotAnArticleError",
    "SchemaError",
    "StoreError",
    "UsageError",
    "error_info",
]


class DatelineError(Exception):
    """Base class of every error Dateline raises on purpose."""


class UsageError(DatelineError):
    """Bad command-line options or arguments."""


class NotFoundError(UsageError):
    """Nothing in the knowledge base matches what was asked for (a party of a brief)."""


class InputError(DatelineError):
    """A document cannot be read or decoded."""


class EmptyDocumentError(InputError):
    """The document has no text."""


class BinaryDocumentError(InputError):
    """The document's bytes are not text."""


class MalformedInputError(InputError):
    """A JSON Lines record is not valid JSON or lacks a required field."""


class ExtractionError(DatelineError):
    """The extraction pipeline failed on one document."""


class LexiconError(DatelineError):
    """A lexicon data file is missing or malformed."""


class StoreError(DatelineError):
    """The database refused an operation."""


class SchemaError(StoreError):
    """The database schema is missing, damaged or newer than this code."""


class IngestError(DatelineError):
    """A source (page, feed, archive) cannot be used.

    ``reason`` is a short code for counting skips by cause (``"http_404"``, ``"timeout"``,
    ``"robots"``, ``"not_article"``, ``"unsupported_language"`` ...); it defaults to the class's.
    """

    default_reason = "ingest_error"

    def __init__(self, message: str = "", *, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or self.default_reason


class FetchError(IngestError):
    """A network fetch failed: HTTP status, timeout, redirect loop or size cap."""

    default_reason = "fetch_error"


class NotAnArticleError(IngestError):
    """A page is not a news article (no main text, wrong language, ...)."""

    default_reason = "not_article"


class EngineError(DatelineError):
    """An engine failed: the process pool, the Dask cluster (unreachable scheduler) or the
    Parquet partitions it writes and reads (an unreadable partition)."""


class BusyError(EngineError):
    """A bounded work queue is full (the web server's document writes): try again later."""


def error_info(exc: BaseException) -> dict[str, str]:
    """Return the ``{"type", "message"}`` object stored in an error record."""
    message = str(exc) or exc.__class__.__name__
    message = message.encode("utf-8", "replace").decode("utf-8")  # no lone surrogates
    return {"type": exc.__class__.__name__, "message": message.splitlines()[0][:500]}
