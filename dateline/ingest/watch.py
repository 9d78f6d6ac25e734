"""Poll RSS/Atom feeds, fetch the new articles, extract and store them: ``dateline watch``.

Each poll GETs every feed conditionally (ETag / Last-Modified), skips entries already dealt
with (:class:`~dateline.ingest.watch_state.WatchState`), fetches the new pages through one
polite :class:`~dateline.ingest.fetch.Fetcher` and stores them with the store's ingest
(one transaction per batch). A failing feed or page is logged and counted, never fatal. A feed's
validators and its entries' outcomes are saved only after the store has committed its
articles, so an interrupted poll loses nothing: what was fetched is stored, the rest is fetched
again next time. Each poll logs one line of counts.
"""

from __future__ import annotations

import contextlib
import logging
import re
import signal
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from dateline.article import Article, FailedDocument
from dateline.errors import IngestError, UsageError
from dateline.ingest.feeds import Feed, FeedEntry, entry_hints, parse_feed
from dateline.ingest.fetch import Fetcher, FetchPolicy
from dateline.ingest.html import page_document
from dateline.ingest.watch_state import RETRY, WatchState, state_path_for

if TYPE_CHECKING:
    from dateline.store.core import Store
    from dateline.store.ingest import ExtractorLike

__all__ = ["PollStats", "Watcher", "parse_interval", "read_feeds_file", "stop_on_signals",
           "watch_feeds"]

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


class Watcher:
    """Polls ``feeds`` into ``store``; ``fetcher.stop`` ends the current poll early and cleanly."""

    def __init__(self, feeds: Sequence[str], store: Store, extractor: ExtractorLike, *,
                 state: WatchState, fetcher: Fetcher, batch_size: int = 8) -> None:
        self.feeds = list(feeds)
        self.store = store
        self.extractor = extractor
        self.state = state
        self.fetcher = fetcher
        self.batch_size = batch_size

    @property
    def stop(self) -> threading.Event:
        return self.fetcher.stop

    def run(self, *, interval: float, max_polls: int | None = None) -> list[PollStats]:
        """Poll every ``interval`` seconds until stopped (or ``max_polls`` polls)."""
        polls: list[PollStats] = []
        while not self.stop.is_set():
            stats = self.poll(len(polls) + 1)
            polls.append(stats)
            log.info("%s", stats.line())
            if max_polls is not None and len(polls) >= max_polls:
                break
            if self.stop.wait(interval):
                break
        return polls

    def poll(self, number: int = 1) -> PollStats:
        """One pass over every feed."""
        stats = PollStats(number)
        claimed: set[str] = set()  # entry URLs handled in this poll (feeds overlap)
        for feed_url in self.feeds:
            if self.stop.is_set():
                break
            self._poll_feed(feed_url, stats, claimed)
        stats.interrupted = self.stop.is_set()
        return stats

    def _poll_feed(self, feed_url: str, stats: PollStats, claimed: set[str]) -> None:
        from dateline.store.ingest import ingest_documents

        etag, last_modified = self.state.validators(feed_url)
        try:
            result = self.fetcher.get(feed_url, accept={"feed"}, etag=etag,
                                      last_modified=last_modified)
            if result.not_modified:
                stats.feeds_ok += 1
                stats.feeds_unchanged += 1
                return
            feed = parse_feed(result.content, url=result.url,
                              content_type=result.media_type or None)
        except IngestError as exc:
            if exc.reason != "stopped":
                stats.feeds_failed += 1
                stats.feed_errors[exc.reason] += 1
                self.state.feed_failed(feed_url, str(exc))
                log.warning("feed failed: %s", exc)
            return
        stats.feeds_ok += 1
        stats.entries += len(feed.entries)
        done = self.state.done(e.url for e in feed.entries)
        todo: list[FeedEntry] = []
        for entry in feed.entries:
            if entry.url in claimed:
                stats.duplicates += 1
            elif entry.url not in done:
                todo.append(entry)
            claimed.add(entry.url)
        stats.new += len(todo)
        outcomes: list[tuple[str, str]] = []
        ingested = ingest_documents(self._documents(feed, todo, stats, outcomes), self.store,
                                    self.extractor, batch_size=self.batch_size)
        stats.stored += ingested.added + ingested.replaced
        stats.unchanged += ingested.unchanged + ingested.skipped
        for failure in ingested.failures:
            stats.skipped["extraction_failed"] += 1
            log.warning("not stored: %s: %s", failure.id, failure.message)
        self.state.mark(outcomes)  # after the store committed what was fetched
        finished = len({url for url, _ in outcomes} & {e.url for e in todo}) == len(todo)
        if finished and all(outcome != RETRY for _, outcome in outcomes):
            self.state.feed_done(feed_url, result.etag, result.last_modified)

    def _documents(self, feed: Feed, todo: list[FeedEntry], stats: PollStats,
                   outcomes: list[tuple[str, str]]) -> Iterator[Article]:
        """Fetch and parse each entry's page; count skips; record each entry's outcome."""
        for entry in todo:
            if self.stop.is_set():
                return
            try:
                result = self.fetcher.get(entry.url, accept={"html"})
            except IngestError as exc:
                if exc.reason == "stopped":
                    return
                self._skip(entry.url, exc, stats, outcomes)
                continue
            stats.fetched += 1
            document = page_document(result.text_or_bytes(), url=result.url,
                                     hints=entry_hints(entry, feed))
            if isinstance(document, FailedDocument):
                self._skip(entry.url, document.error, stats, outcomes)
                continue
            outcomes.append((entry.url, "fetched"))
            if document.url and document.url != entry.url:
                outcomes.append((document.url, "fetched"))
            yield document

    @staticmethod
    def _skip(url: str, error: Exception, stats: PollStats,
              outcomes: list[tuple[str, str]]) -> None:
        reason = getattr(error, "reason", type(error).__name__)
        stats.skipped[reason] += 1
        outcomes.append((url, RETRY if reason in TRANSIENT else reason))
        log.info("skipped [%s] %s", reason, error)


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT/SIGTERM set ``stop`` (finish the current document, commit, exit); a second
    signal interrupts at once (KeyboardInterrupt). Handlers are restored on exit."""
    def handler(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        log.info("%s received: stopping after the current document",
                 signal.Signals(signum).name)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def watch_feeds(feeds: Sequence[str], *, db: str | None = None, state_path: str | None = None,
                interval: float = 900.0, max_polls: int | None = None,
                policy: FetchPolicy | None = None, extractor: ExtractorLike | None = None,
                stop: threading.Event | None = None, handle_signals: bool = True,
                batch_size: int = 8) -> list[PollStats]:
    """Open the store (and its watch state) and poll ``feeds`` until stopped.

    ``db`` is a SQLite path or postgresql:// URL (default as for :func:`open_store`);
    ``state_path`` defaults to :func:`state_path_for` of it. With ``handle_signals``,
    SIGINT/SIGTERM stop the loop cleanly (see :func:`stop_on_signals`).
    """
    from dateline.store import open_store, resolve_url

    if extractor is None:
        from dateline.extract.pipeline import Extractor

        extractor = Extractor()
    stop = stop or threading.Event()
    target = resolve_url(db)
    guard = stop_on_signals(stop) if handle_signals else contextlib.nullcontext()
    with guard, open_store(target) as store, \
            WatchState(state_path or state_path_for(target)) as state, \
            Fetcher(policy, stop=stop) as fetcher:
        log.info("watching %d feeds every %gs (state: %s)", len(feeds), interval, state.path)
        watcher = Watcher(feeds, store, extractor, state=state, fetcher=fetcher,
                          batch_size=batch_size)
        return watcher.run(interval=interval, max_polls=max_polls)
