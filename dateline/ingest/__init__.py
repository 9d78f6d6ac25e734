"""Ingestion: turn sources (files, streams, pages, feeds, archives) into Articles.

Ingestion only reads: it never extracts, resolves or stores (the conductor,
:mod:`dateline.jobs`, does). :mod:`dateline.ingest.inputs` is the one reader of inputs the CLI,
the jobs and the engines use: ``iter_documents`` streams Articles (or FailedDocuments for what
cannot be read) from a list of paths and http(s) URLs (a feed URL yields its entries' pages; a
page URL the page).
"""

from __future__ import annotations

from dateline.ingest.inputs import (
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    Document,
    Inputs,
    expand_paths,
    is_url,
    iter_documents,
)

__all__ = ["Document", "Inputs", "JSONL_SUFFIXES", "TEXT_SUFFIXES", "expand_paths", "is_url",
           "iter_documents"]
