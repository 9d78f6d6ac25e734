"""Reading feeds for ``dateline watch``: the feeds file, the interval, one poll of one feed.

:func:`fetch_feed` GETs a feed conditionally (ETag / Last-Modified) and parses it;
:func:`new_entries` keeps the entries not dealt with yet (:class:`~dateline.ingest.watch_state.
WatchState`, and not already claimed by another feed in this poll); :meth:`FeedPoll.pages`
fetches their pages through one polite :class:`~dateline.ingest.fetch.Fetcher`. The network
parts may run in worker threads (the conductor, :mod:`dateline.jobs.watch`, fetches feeds
concurrently); the watch state is read and written by the thread that owns it. A failing feed
or page is logged and counted in :class:`PollStats`, never fatal. Storing what was read, and
saving the outcomes once it is stored, is the conductor's part.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateline.article import Article, FailedDocument
from dateline.errors import IngestError, UsageError
from dateline.ingest.feeds import Feed, FeedEntry, entry_hints, parse_feed
from dateline.ingest.fetch import Fetcher, FetchResult
from dateline.ingest.html import page_document
from dateline.ingest.watch_state import RETRY, WatchState

__all__ = ["FeedPoll", "Page", "PollStats", "TRANSIENT", "fetch_feed", "new_entries",
           "parse_interval", "poll_feed", "read_feeds_file"]

log = logging.getLogger(__name__)

TRANSIENT = frozenset({"timeout", "connect", "network", "http_429", "http_500", "http_502",
                       "http_503", "http_504"})
_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*([smh]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600}


def parse_interval(text: str) -> float:
    """``"15m"`` -> 900.0; units s, m, h (combinable: ``"1h30m"``); a bare number is seconds."""
    raw = text.strip().lower()
    parts = list(_INTERVAL.finditer(raw))
    if not raw or not parts or "".join(p.group(0) for p in parts).replace(" ", "") != \
            raw.replace(" ", ""):
        raise UsageError(f"bad interval {text!r}: use e.g. 90s, 15m, 1h or 1h30m")
    seconds = sum(float(p.group(1)) * _UNITS[p.group(2)] for p in parts)
    if seconds <= 0:
        raise UsageError(f"bad interval {text!r}: must be more than 0 seconds")
    return seconds


def read_feeds_file(path: Path) -> list[str]:
    """Feed URLs, one a line; blank lines and ``#`` comments ignored; duplicates dropped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the feeds file {path}: {exc}") from exc
    urls: list[str] = []
    for number, line in enumerate(lines, start=1):
        url = re.sub(r"(^|\s)#.*$", "", line).strip()
        if not url:
            continue
        if not re.match(r"https?://[^\s/]+", url, re.IGNORECASE) or " " in url:
            raise UsageError(f"{path}:{number}: not an http(s) feed URL: {url!r}")
        if url not in urls:
            urls.append(url)
    if not urls:
        raise UsageError(f"{path}: no feed URLs (one URL a line, # for comments)")
    return urls


@dataclass(slots=True)
class PollStats:
    """What one poll did."""

    number: int
    feeds_ok: int = 0
    feeds_unchanged: int = 0
    feeds_failed: int = 0
    entries: int = 0
    duplicates: int = 0
    new: int = 0
    fetched: int = 0
    stored: int = 0
    unchanged: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    feed_errors: Counter[str] = field(default_factory=Counter)
    interrupted: bool = False

    def line(self) -> str:
        """``poll 2: feeds 3 ok (1 unchanged), 1 failed; entries 14 ...; skipped: ...``."""
        def counts(counter: Counter[str]) -> str:
            return ", ".join(f"{k} {v}" for k, v in sorted(counter.items())) or "none"

        text = (f"poll {self.number}: feeds {self.feeds_ok} ok ({self.feeds_unchanged} "
                f"unchanged), {self.feeds_failed} failed; entries {self.entries}, duplicates "
                f"{self.duplicates}, new {self.new}, fetched {self.fetched}, stored {self.stored},"
                f" unchanged {self.unchanged}; skipped: {counts(self.skipped)}")
        if self.feed_errors:
            text += f"; feed errors: {counts(self.feed_errors)}"
        return text + ("; interrupted" if self.interrupted else "")


@dataclass(slots=True)
class FeedPoll:
    """One feed's poll: its new entries and their outcomes (``(url, outcome)``: ``fetched``
    once the page is stored, ``retry`` or the reason it was skipped)."""

    url: str
    result: FetchResult
    feed: Feed
    todo: list[FeedEntry]
    outcomes: list[tuple[str, str]] = field(default_factory=list)

    def fetch(self, fetcher: Fetcher, entry: FeedEntry) -> Page:
        """Fetch and parse one entry's page (network: any thread may call it)."""
        try:
            result = fetcher.get(entry.url, accept={"html"})
        except IngestError as exc:
            return Page(self, entry, None, exc)
        document = page_document(result.text_or_bytes(), url=result.url,
                                 hints=entry_hints(entry, self.feed))
        if isinstance(document, FailedDocument):
            return Page(self, entry, None, document.error, fetched=True)
        return Page(self, entry, document, None, fetched=True)

    def pages(self, fetcher: Fetcher) -> Iterator[Page]:
        """Each new entry's page, in feed order, until the fetcher is stopped."""
        for entry in self.todo:
            if fetcher.stop.is_set():
                return
            page = self.fetch(fetcher, entry)
            if page.stopped:
                return
            yield page

    def finished(self) -> bool:
        """Was every new entry dealt with for good (none stopped short, none to retry)?"""
        done = {url for url, _ in self.outcomes} & {e.url for e in self.todo}
        return len(done) == len(self.todo) and all(o != RETRY for _, o in self.outcomes)


@dataclass(slots=True)
class Page:
    """An entry's page: the Article, or the error that skips it."""

    poll: FeedPoll
    entry: FeedEntry
    article: Article | None
    error: Exception | None
    fetched: bool = False

    @property
    def stopped(self) -> bool:
        return getattr(self.error, "reason", None) == "stopped"

    def stored(self) -> list[tuple[str, str]]:
        """The outcomes to save once the article is stored (its entry URL and its own)."""
        found = [(self.entry.url, "fetched")]
        if self.article is not None and self.article.url and self.article.url != self.entry.url:
            found.append((self.article.url, "fetched"))
        return found

    def skip(self, stats: PollStats) -> tuple[str, str]:
        """Count the skip and log it; the outcome to save."""
        reason = getattr(self.error, "reason", type(self.error).__name__)
        stats.skipped[reason] += 1
        log.info("skipped [%s] %s", reason, self.error)
        return self.entry.url, RETRY if reason in TRANSIENT else reason


def fetch_feed(feed_url: str, fetcher: Fetcher, validators: tuple[str | None, str | None]
               ) -> tuple[FetchResult, Feed | None]:
    """GET ``feed_url`` conditionally and parse it (network: any thread may call it); the feed
    is None when it is unchanged (304). Raises IngestError when it cannot be used."""
    etag, last_modified = validators
    result = fetcher.get(feed_url, accept={"feed"}, etag=etag, last_modified=last_modified)
    if result.not_modified:
        return result, None
    return result, parse_feed(result.content, url=result.url,
                              content_type=result.media_type or None)


def new_entries(feed_url: str, fetched: tuple[FetchResult, Feed | None] | IngestError,
                state: WatchState, stats: PollStats, claimed: set[str]) -> FeedPoll | None:
    """What a feed's fetch brings (in the thread that owns ``state``): its entries not dealt
    with yet, nor ``claimed`` by another feed in this poll (they are claimed now); None when
    the feed is unchanged or failed (counted in ``stats``)."""
    if isinstance(fetched, IngestError):
        if fetched.reason != "stopped":
            stats.feeds_failed += 1
            stats.feed_errors[fetched.reason] += 1
            state.feed_failed(feed_url, str(fetched))
            log.warning("feed failed: %s", fetched)
        return None
    result, feed = fetched
    stats.feeds_ok += 1
    if feed is None:
        stats.feeds_unchanged += 1
        return None
    stats.entries += len(feed.entries)
    done = state.done(e.url for e in feed.entries)
    todo: list[FeedEntry] = []
    for entry in feed.entries:
        if entry.url in claimed:
            stats.duplicates += 1
        elif entry.url not in done:
            todo.append(entry)
        claimed.add(entry.url)
    stats.new += len(todo)
    return FeedPoll(feed_url, result, feed, todo)


def poll_feed(feed_url: str, fetcher: Fetcher, state: WatchState, stats: PollStats,
              claimed: set[str]) -> FeedPoll | None:
    """:func:`fetch_feed` then :func:`new_entries`, in one thread."""
    try:
        fetched: tuple[FetchResult, Feed | None] | IngestError = fetch_feed(
            feed_url, fetcher, state.validators(feed_url))
    except IngestError as exc:
        fetched = exc
    return new_entries(feed_url, fetched, state, stats, claimed)
