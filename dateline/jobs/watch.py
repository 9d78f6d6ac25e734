"""Poll RSS/Atom feeds, fetch the new articles, extract and store them: ``dateline watch``.

Each poll reads every feed concurrently: worker threads do the network (a feed's conditional
GET, then its new entries' pages, through one polite Fetcher whose per-host limits hold across
threads), while this thread reads and writes the watch state and stores the pages as they
arrive (:func:`dateline.jobs.ingest.ingest_documents`, a transaction per batch). So a slow feed
(a server that trickles its answer) delays only itself, and a stop (SIGINT/SIGTERM) is acted on
at once: the pages already fetched are stored, the fetches still running are abandoned. A
page's outcome is saved only after the store has committed it, and a feed's validators only
once all its entries are dealt with, so an interrupted poll loses nothing: the rest is fetched
again next time. Each poll logs one line of counts.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import signal
import threading
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import Any

from dateline.errors import IngestError
from dateline.ingest.fetch import Fetcher, FetchPolicy
from dateline.ingest.language import load_language_model
from dateline.ingest.watch import FeedPoll, Page, PollStats, fetch_feed, new_entries
from dateline.ingest.watch_state import WatchState, state_path_for
from dateline.jobs.ingest import ExtractorLike, ingest_documents
from dateline.store import Store, open_store, resolve_url

__all__ = ["FETCH_THREADS", "Watcher", "stop_on_signals", "watch_feeds"]

log = logging.getLogger(__name__)

FETCH_THREADS = 8  # feeds fetched at once (the Fetcher still limits requests per host)
IDLE = 0.1  # seconds without news from the workers before the pages at hand are stored


class Watcher:
    """Polls ``feeds`` into ``store``; ``fetcher.stop`` ends the current poll early and cleanly."""

    def __init__(self, feeds: Sequence[str], store: Store, extractor: ExtractorLike, *,
                 state: WatchState, fetcher: Fetcher, batch_size: int = 8,
                 threads: int = FETCH_THREADS) -> None:
        self.feeds = list(feeds)
        self.store = store
        self.extractor = extractor
        self.state = state
        self.fetcher = fetcher
        self.batch_size = batch_size
        self.threads = threads

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
        """One pass over every feed, fetched concurrently (see the module docstring)."""
        stats = PollStats(number)
        _Poll(self, stats).run()
        stats.interrupted = self.stop.is_set()
        return stats


class _Poll:
    """One poll: worker threads take tasks (a feed to GET, a feed's pages to fetch) and report
    results; this thread turns them into watch-state updates and stored articles."""

    def __init__(self, watcher: Watcher, stats: PollStats) -> None:
        self.watcher = watcher
        self.stats = stats
        self.tasks: queue.Queue[tuple[Any, ...] | None] = queue.Queue()
        self.results: queue.Queue[tuple[Any, ...]] = queue.Queue()
        self.pending = 0  # tasks submitted and not reported done
        self.claimed: set[str] = set()  # entry URLs handled in this poll (feeds overlap)
        self.pages: list[Page] = []  # fetched, not stored yet
        self.outcomes: list[tuple[str, str]] = []  # to save in the watch state

    def run(self) -> None:
        watcher, stop = self.watcher, self.watcher.stop
        for feed_url in watcher.feeds:
            self._submit(("feed", feed_url, watcher.state.validators(feed_url)))
        workers = [threading.Thread(target=self._work, name=f"watch-fetch-{n}", daemon=True)
                   for n in range(max(1, min(watcher.threads, len(watcher.feeds))))]
        for worker in workers:
            worker.start()
        while self.pending and not stop.is_set():
            try:
                result = self.results.get(timeout=IDLE)
            except queue.Empty:
                self._store()
                continue
            self._take(result)
            if len(self.pages) >= watcher.batch_size:
                self._store()
        self._store()  # stopped or done: what was fetched is stored
        for _ in workers:  # stopped: a worker still fetching is abandoned (a daemon thread)
            self.tasks.put(None)

    def _submit(self, task: tuple[Any, ...]) -> None:
        self.pending += 1
        self.tasks.put(task)

    def _work(self) -> None:
        """A worker thread: the network part of each task, reported as results."""
        fetcher = self.watcher.fetcher
        while (task := self.tasks.get()) is not None:
            try:
                if task[0] == "feed":
                    try:
                        fetched: Any = fetch_feed(task[1], fetcher, task[2])
                    except IngestError as exc:
                        fetched = exc
                    self.results.put(("feed", task[1], fetched))
                else:
                    for page in task[1].pages(fetcher):
                        self.results.put(("page", page))
                    self.results.put(("pages done", task[1]))
            except Exception as exc:  # noqa: BLE001 - a bug must not leave the poll waiting
                self.results.put(("failed", task, exc))

    def _take(self, result: tuple[Any, ...]) -> None:
        kind = result[0]
        if kind == "page":
            self._page(result[1])
            return
        self.pending -= 1
        if kind == "feed":
            feed_url = result[1]
            read = new_entries(feed_url, result[2], self.watcher.state, self.stats, self.claimed)
            if read is not None and read.todo:
                self._submit(("pages", read))
            elif read is not None:
                self._feed_done(read)
        elif kind == "pages done":
            self._store()
            if result[1].finished():
                self._feed_done(result[1])
        else:
            log.error("watch worker failed on %s: %s: %s", result[1][1],
                      type(result[2]).__name__, result[2])

    def _page(self, page: Page) -> None:
        self.stats.fetched += page.fetched
        if page.article is not None:
            self.pages.append(page)
            return
        outcome = page.skip(self.stats)
        page.poll.outcomes.append(outcome)
        self.outcomes.append(outcome)

    def _store(self) -> None:
        """Store the pages at hand (one ingest), then save their outcomes and the skips'."""
        pages, self.pages = self.pages, []
        watcher, stats = self.watcher, self.stats
        if pages:
            ingested = ingest_documents([p.article for p in pages if p.article is not None],
                                        watcher.store, watcher.extractor,
                                        batch_size=watcher.batch_size)
            stats.stored += ingested.added + ingested.replaced
            stats.unchanged += ingested.unchanged + ingested.skipped
            for failure in ingested.failures:
                stats.skipped["extraction_failed"] += 1
                log.warning("not stored: %s: %s", failure.id, failure.message)
            for page in pages:
                stored = page.stored()
                page.poll.outcomes.extend(stored)
                self.outcomes.extend(stored)
        if self.outcomes:
            watcher.state.mark(self.outcomes)  # after the store committed what was fetched
            self.outcomes = []

    def _feed_done(self, read: FeedPoll) -> None:
        self.watcher.state.feed_done(read.url, read.result.etag, read.result.last_modified)


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
                batch_size: int = 8, threads: int = FETCH_THREADS) -> list[PollStats]:
    """Open the store (and its watch state) and poll ``feeds`` until stopped.

    ``db`` is a SQLite path or postgresql:// URL (default as for :func:`open_store`);
    ``state_path`` defaults to :func:`state_path_for` of it. With ``handle_signals``,
    SIGINT/SIGTERM stop the loop cleanly (see :func:`stop_on_signals`).
    """
    if extractor is None:
        from dateline.extract.pipeline import Extractor

        extractor = Extractor()
    load_language_model()  # before the first poll, not inside it
    stop = stop or threading.Event()
    target = resolve_url(db)
    guard = stop_on_signals(stop) if handle_signals else contextlib.nullcontext()
    with guard, open_store(target) as store, \
            WatchState(state_path or state_path_for(target)) as state, \
            Fetcher(policy, stop=stop) as fetcher:
        log.info("watching %d feeds every %gs (state: %s)", len(feeds), interval, state.path)
        watcher = Watcher(feeds, store, extractor, state=state, fetcher=fetcher,
                          batch_size=batch_size, threads=threads)
        return watcher.run(interval=interval, max_polls=max_polls)
