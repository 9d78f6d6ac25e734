"""``POST /api/documents``: extract one document and store it (:mod:`dateline.jobs.add_document`)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from dateline.article import Article
from dateline.jobs import add_document as job
from dateline.store import Store
from dateline.store.models import ArticleRef

__all__ = ["DocumentIn", "DocumentOut", "add_document"]


class DocumentIn(BaseModel):
    text: str = Field(min_length=1, max_length=1_000_000)
    url: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD")
    source: str | None = Field(default=None, description="The outlet")
    title: str | None = None


class DocumentOut(BaseModel):
    ok: bool = True
    stats: dict[str, Any]
    article: ArticleRef | None = None
    events: list[int] = Field(default_factory=list, description="Canonical event ids")


def add_document(store: Store, document: DocumentIn) -> DocumentOut:
    article = Article(text=document.text, id=document.url, url=document.url,
                      published=document.published, source=document.source,
                      title=document.title)
    added = job.add_document(store, article)
    detail = added.article
    return DocumentOut(stats=added.stats.to_dict(), article=detail.article if detail else None,
                       events=sorted(set(detail.events.values())) if detail else [])
