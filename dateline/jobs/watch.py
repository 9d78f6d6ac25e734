"""Poll RSS/Atom feeds, fetch the new articles, extract and store them: ``dateline watch``.

Each poll reads every feed (:func:`dateline.ingest.watch.poll_feed`: conditional GET, entries
not dealt with yet, their pages fetched through one polite Fetcher) and stores the pages with
:func:`dateline.jobs.ingest.ingest_documents` (one transaction per batch). A feed's validators
and its entries' outcomes are saved only after the store has committed its articles, so an
interrupted poll loses nothing: what was fetched is stored, the rest is fetched again next
time. Each poll logs one line of counts.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Iterator, Sequence
from types import FrameType

from dateline.ingest.fetch import Fetcher, FetchPolicy
from dateline.ingest.watch import PollStats, poll_feed
from dateline.ingest.watch_state import WatchState, state_path_for
from dateline.jobs.ingest import ExtractorLike, ingest_documents
from dateline.store import Store, open_store, resolve_url

__all__ = ["Watcher", "stop_on_signals", "watch_feeds"]

log = logging.getLogger(__name__)


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
        read = poll_feed(feed_url, self.fetcher, self.state, stats, claimed)
        if read is None:
            return
        ingested = ingest_documents(read.documents(self.fetcher, stats), self.store,
                                    self.extractor, batch_size=self.batch_size)
        stats.stored += ingested.added + ingested.replaced
        stats.unchanged += ingested.unchanged + ingested.skipped
        for failure in ingested.failures:
            stats.skipped["extraction_failed"] += 1
            log.warning("not stored: %s: %s", failure.id, failure.message)
        self.state.mark(read.outcomes)  # after the store committed what was fetched
        if read.finished():
            self.state.feed_done(feed_url, read.result.etag, read.result.last_modified)


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
