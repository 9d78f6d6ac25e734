"""RSS and Atom feeds (feedparser): entries -> article URLs -> pages fetched and parsed.

A feed entry's title and date fill in what its page does not say. Feeds are parsed from bytes
only (feedparser never fetches anything itself). A document that is neither a feed nor
recoverable XML raises :class:`~dateline.errors.IngestError` (reason ``not_a_feed`` or
``malformed_feed``); a feed whose XML is broken but whose entries could be read is used, with a
warning.
"""

from __future__ import annotations

import calendar
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from dateline.article import Article, FailedDocument
from dateline.errors import IngestError, InputError
from dateline.ingest.fetch import Fetcher
from dateline.ingest.html import PageHints, page_document

__all__ = ["MAX_FEED_BYTES", "Feed", "FeedEntry", "entry_hints", "feed_documents", "fetch_entry", "iter_url",
           "parse_feed", "read_feed_file"]

log = logging.getLogger(__name__)

MAX_FEED_BYTES = 10_000_000  # a larger feed file is refused unread

Document = Article | FailedDocument


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: the article's URL and what the feed says about it."""

    url: str
    title: str | None = None
    published: str | None = None
    id: str | None = None


@dataclass(slots=True)
class Feed:
    """A parsed feed: its entries in feed order, without duplicate URLs."""

    url: str | None
    title: str | None
    version: str
    entries: list[FeedEntry] = field(default_factory=list)
    warning: str | None = None  # set when the XML was malformed but entries were recovered


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return time.strftime("%Y-%m-%d", time.gmtime(calendar.timegm(parsed)))
    return None


def _entry_url(entry: Any, base: str | None) -> str | None:
    link = entry.get("feedburner_origlink") or entry.get("link")
    if not link:
        for candidate in entry.get("links", []):
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = candidate["href"]
                break
    if not isinstance(link, str) or not link.strip():
        return None
    url = urljoin(base, link.strip()) if base else link.strip()
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return None  # a control character: not a link to follow
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.hostname else None


def parse_feed(content: bytes | str, *, url: str | None = None,
               content_type: str | None = None) -> Feed:
    """Parse RSS 0.9x/1.0/2.0 or Atom; relative entry links resolve against ``url``."""
    import feedparser

    data = content.encode("utf-8") if isinstance(content, str) else content
    headers = {"content-location": url or "", "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=False,
                              resolve_relative_uris=False)
    name = url or "feed"
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and "CharacterEncoding" in type(problem).__name__:
        problem = None  # declared and detected encodings differ: harmless
    if not parsed.entries:
        if not parsed.get("version"):
            raise IngestError(f"{name}: not an RSS or Atom feed", reason="not_a_feed")
        if problem is not None:
            raise IngestError(f"{name}: malformed feed XML ({problem})", reason="malformed_feed")
    feed = Feed(url=url, title=(parsed.feed.get("title") or "").strip() or None,
                version=parsed.get("version") or "unknown")
    if problem is not None:
        feed.warning = f"malformed XML, entries recovered ({problem})"
        log.warning("%s: %s", name, feed.warning)
    seen: set[str] = set()
    for entry in parsed.entries:
        entry_url = _entry_url(entry, url)
        if entry_url is None or entry_url in seen:
            continue
        seen.add(entry_url)
        feed.entries.append(FeedEntry(url=entry_url,
                                      title=(entry.get("title") or "").strip() or None,
                                      published=_entry_date(entry), id=entry.get("id")))
    return feed


def entry_hints(entry: FeedEntry, feed: Feed | None = None) -> PageHints:
    """What the feed says about an entry's page (used where the page is silent)."""
    meta = {"entry_url": entry.url}
    if feed is not None and feed.url:
        meta["feed_url"] = feed.url
    return PageHints(title=entry.title, published=entry.published,
                     source=feed.title if feed else None, meta=meta)


def fetch_entry(fetcher: Fetcher, entry: FeedEntry, *, feed: Feed | None = None) -> Document:
    """Fetch and parse the entry's page; a FailedDocument (skip record) when that fails."""
    try:
        result = fetcher.get(entry.url, accept={"html"})
    except IngestError as exc:
        log.debug("skipped %s: %s", entry.url, exc)
        return FailedDocument(entry.url, exc, url=entry.url)
    return page_document(result.text_or_bytes(), url=result.url, hints=entry_hints(entry, feed))


def feed_documents(feed: Feed, fetcher: Fetcher) -> Iterator[Document]:
    """Every entry's page, in feed order (stops early when the fetcher is stopped)."""
    for entry in feed.entries:
        if fetcher.stop.is_set():
            return
        yield fetch_entry(fetcher, entry, feed=feed)


def iter_url(url: str, *, fetcher: Fetcher | None = None) -> Iterator[Document]:
    """The documents behind an http(s) URL: a feed's entries' pages, or the page itself."""
    own = fetcher is None
    active = fetcher or Fetcher()
    try:
        try:
            result = active.get(url, accept={"feed", "html"})
            if result.kind == "html":
                yield page_document(result.text_or_bytes(), url=result.url)
                return
            feed = parse_feed(result.content, url=result.url,
                              content_type=result.media_type or None)
        except IngestError as exc:
            yield FailedDocument(url, exc, url=url)
            return
        yield from feed_documents(feed, active)
    finally:
        if own:
            active.close()


def read_feed_file(path: Path) -> Iterator[Document]:
    """The registry reader for ``.xml``/``.rss``/``.atom``: fetch the pages the feed lists."""
    try:
        size = path.stat().st_size
        data = path.read_bytes() if size <= MAX_FEED_BYTES else b""
    except OSError as exc:
        yield FailedDocument(path.stem, InputError(f"{path}: cannot read ({exc.strerror or exc})"))
        return
    try:
        if size > MAX_FEED_BYTES:
            raise IngestError(f"{path}: feed too large ({size:,} bytes; the limit is "
                              f"{MAX_FEED_BYTES:,})", reason="too_large")
        feed = parse_feed(data)
    except IngestError as exc:
        yield FailedDocument(path.stem, exc)
        return
    feed.url = feed.url or str(path)
    with Fetcher() as fetcher:
        yield from feed_documents(feed, fetcher)
