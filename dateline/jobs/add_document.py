"""Extract, resolve and store one document: the library side of ``POST /api/documents``."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.article import Article
from dateline.jobs.ingest import ExtractorLike, IngestStats, ingest_documents
from dateline.store import Store
from dateline.store.models import ArticleDetail

__all__ = ["Added", "add_document"]


@dataclass(slots=True)
class Added:
    """What adding one document did, and the article as stored (None when it failed)."""

    stats: IngestStats
    article: ArticleDetail | None


def add_document(store: Store, article: Article, extractor: ExtractorLike | None = None
                 ) -> Added:
    """Extract ``article`` (with the process-wide Extractor unless ``extractor`` is given),
    resolve and store it, as an ingest of one document does."""
    if extractor is None:
        import dateline

        extractor = dateline.get_extractor()
    stats = ingest_documents([article], store, extractor)
    return Added(stats, store.get_article(article.key))
