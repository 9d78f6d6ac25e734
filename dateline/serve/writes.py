"""``POST /api/documents``: extract one document and store it, off the request loop.

The document goes to the app's :class:`~dateline.jobs.add_document.WritePool` (worker processes
with their own store connection), and the request waits for it without holding a thread or the
store: reads go on meanwhile. A full queue answers ``503`` with ``Retry-After``; a document
still running after ``timeout`` seconds answers ``504`` (it is stored when it finishes).
"""

from __future__ import annotations

import asyncio
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from fastapi import HTTPException
from pydantic import BaseModel, Field

from dateline.article import Article
from dateline.errors import BusyError, EngineError
from dateline.jobs.add_document import WritePool
from dateline.serve.errors import ErrorBody
from dateline.store.models import ArticleRef

__all__ = ["DEFAULT_TIMEOUT", "DocumentIn", "DocumentOut", "WRITE_ERRORS", "add_document"]

DEFAULT_TIMEOUT = 300.0
RETRY_AFTER = "5"


def _error(description: str) -> dict[str, Any]:
    return {"model": ErrorBody, "description": description}


WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: _error("Missing or wrong bearer token"),
    403: _error("Writes are disabled (no DATELINE_TOKEN on the server)"),
    413: _error("Request body over the server's limit"),
    503: _error("The write queue is full: retry after Retry-After seconds"),
    504: _error("Still extracting after the server's timeout (stored when done)"),
}


class DocumentIn(BaseModel):
    text: str = Field(min_length=1, max_length=1_000_000)
    url: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD")
    source: str | None = Field(default=None, description="The outlet")
    title: str | None = None
    language: str | None = Field(
        default=None, max_length=16,
        description="Language of the text (ISO 639-1, 'ru' or 'en'); detected from the text when absent")


class DocumentOut(BaseModel):
    ok: bool = True
    stats: dict[str, Any]
    article: ArticleRef | None = None
    events: list[int] = Field(default_factory=list, description="Canonical event ids")


async def add_document(pool: WritePool, document: DocumentIn, *,
                       timeout: float = DEFAULT_TIMEOUT) -> DocumentOut:
    """Run the document through ``pool`` and describe what was stored."""
    article = Article(text=document.text, id=document.url, url=document.url,
                      published=document.published, source=document.source,
                      title=document.title, language=document.language)
    try:
        future = pool.submit(article)
    except BusyError as exc:
        raise HTTPException(503, str(exc), headers={"Retry-After": RETRY_AFTER}) from exc
    try:
        added = await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), timeout)
    except TimeoutError as exc:
        raise HTTPException(504, f"still extracting after {timeout:g} s; the document is "
                                 "stored when it finishes") from exc
    except BrokenProcessPool as exc:
        raise EngineError("the write worker stopped (out of memory?); try again") from exc
    detail = added.article
    return DocumentOut(stats=added.stats.to_dict(), article=detail.article if detail else None,
                       events=sorted(set(detail.events.values())) if detail else [])
