"""Reading feeds for ``dateline watch``: the feeds file, the interval, one poll of one feed.

:func:`poll_feed` GETs a feed conditionally (ETag / Last-Modified) and keeps the entries not
dealt with yet (:class:`~dateline.ingest.watch_state.WatchState`, and not already claimed by
another feed in this poll); :meth:`FeedPoll.documents` fetches their pages one by one through
one polite :class:`~dateline.ingest.fetch.Fetcher`, noting each entry's outcome. A failing feed
or page is logged and counted in :class:`PollStats`, never fatal. Storing what was read, and
saving the outcomes once it is stored, is the conductor's part (:mod:`dateline.jobs.watch`).
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

__all__ = ["FeedPoll", "PollStats", "TRANSIENT", "parse_interval", "poll_feed",
           "read_feeds_file"]

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
    """One feed's poll: its new entries and, as their pages are fetched, their outcomes
    (``(url, outcome)``: ``fetched``, ``retry`` or the reason it was skipped)."""

    url: str
    result: FetchResult
    feed: Feed
    todo: list[FeedEntry]
    outcomes: list[tuple[str, str]] = field(default_factory=list)

    def documents(self, fetcher: Fetcher, stats: PollStats) -> Iterator[Article]:
        """Fetch and parse each entry's page; count skips; record each entry's outcome."""
        for entry in self.todo:
            if fetcher.stop.is_set():
                return
            try:
                result = fetcher.get(entry.url, accept={"html"})
            except IngestError as exc:
                if exc.reason == "stopped":
                    return
                self._skip(entry.url, exc, stats)
                continue
            stats.fetched += 1
            document = page_document(result.text_or_bytes(), url=result.url,
                                     hints=entry_hints(entry, self.feed))
            if isinstance(document, FailedDocument):
                self._skip(entry.url, document.error, stats)
                continue
            self.outcomes.append((entry.url, "fetched"))
            if document.url and document.url != entry.url:
                self.outcomes.append((document.url, "fetched"))
            yield document

    def finished(self) -> bool:
        """Was every new entry dealt with for good (none stopped short, none to retry)?"""
        done = {url for url, _ in self.outcomes} & {e.url for e in self.todo}
        return len(done) == len(self.todo) and all(o != RETRY for _, o in self.outcomes)

    def _skip(self, url: str, error: Exception, stats: PollStats) -> None:
        reason = getattr(error, "reason", type(error).__name__)
        stats.skipped[reason] += 1
        self.outcomes.append((url, RETRY if reason in TRANSIENT else reason))
        log.info("skipped [%s] %s", reason, error)


def poll_feed(feed_url: str, fetcher: Fetcher, state: WatchState, stats: PollStats,
              claimed: set[str]) -> FeedPoll | None:
    """GET ``feed_url`` (conditionally) and keep its entries not dealt with yet, nor
    ``claimed`` by another feed in this poll (they are claimed now); None when the feed is
    unchanged or failed (counted in ``stats``)."""
    etag, last_modified = state.validators(feed_url)
    try:
        result = fetcher.get(feed_url, accept={"feed"}, etag=etag, last_modified=last_modified)
        if result.not_modified:
            stats.feeds_ok += 1
            stats.feeds_unchanged += 1
            return None
        feed = parse_feed(result.content, url=result.url,
                          content_type=result.media_type or None)
    except IngestError as exc:
        if exc.reason != "stopped":
            stats.feeds_failed += 1
            stats.feed_errors[exc.reason] += 1
            state.feed_failed(feed_url, str(exc))
            log.warning("feed failed: %s", exc)
        return None
    stats.feeds_ok += 1
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
