"""The watch loop against the misbehaving site: counts per fault, conditional GET on the next
poll, sources that are down, retries that give up, clean stops (stub extractor: fast)."""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from site_server import Site, StubExtractor, fast_policy, serve_slowloris

from dateline.errors import UsageError
from dateline.ingest.fetch import Fetcher
from dateline.ingest.watch import PollStats, parse_interval, read_feeds_file
from dateline.ingest.watch_state import WatchState, state_path_for
from dateline.jobs.watch import Watcher
from dateline.store import Store, open_store

DOWN = "http://127.0.0.1:9/feeds/down.rss"  # nothing listens on port 9

ENTRY_SKIPS = {"content_type": 1, "http_404": 1, "http_500": 1, "unsupported_language": 1,
               "not_article": 1, "redirect_loop": 1, "robots": 1, "timeout": 1, "too_large": 1}
FEED_ERRORS = {"connect": 1, "content_type": 1, "http_404": 1, "malformed_feed": 1}


def feeds_of(site: Site) -> list[str]:
    return [site.url("/feeds/wire.rss"), site.url("/feeds/caspian.atom"),
            site.url("/feeds/malformed.xml"), site.url("/feeds/page-as-feed"), DOWN,
            site.url("/feeds/nowhere.rss")]


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store(":memory:") as kb:
        yield kb


@pytest.fixture
def watcher(site: Site, store: Store) -> Iterator[Watcher]:
    with WatchState() as state, Fetcher(fast_policy(retries=0)) as fetcher:
        yield Watcher(feeds_of(site), store, StubExtractor(), state=state, fetcher=fetcher)


def stored_keys(store: Store) -> set[str]:
    return {row["key"] for row in store.db.query("SELECT key FROM articles")}


def test_first_poll_counts_every_fault(watcher: Watcher, store: Store, site: Site,
                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="dateline")
    stats = watcher.poll(1)
    assert (stats.feeds_ok, stats.feeds_failed, stats.feeds_unchanged) == (2, 4, 0)
    assert stats.feed_errors == Counter(FEED_ERRORS)
    assert (stats.entries, stats.duplicates, stats.new) == (14, 1, 13)
    assert (stats.fetched, stats.stored) == (6, 4)
    assert stats.skipped == Counter(ENTRY_SKIPS)
    assert stored_keys(store) == {
        "https://steppewire.example/politics/2024/06/11/mongolian-president-astana-state-visit",
        site.url("/news/azerbaijan-georgia-foreign-ministers-baku"),  # relative canonical
        "https://meridian-news.example/en/2024/05/20/uzbekistan-turkmenistan-water-agreement/",
        site.url("/meridian/ashgabat-call.html")}
    assert site.count("/meridian/tashkent-agreement.html") == 1  # listed by both feeds
    assert site.count("/private/leaked.html") == 0
    messages = [r.getMessage() for r in caplog.records]
    for reason in ENTRY_SKIPS:
        assert any(m.startswith(f"skipped [{reason}]") for m in messages), reason
    assert sum(m.startswith("feed failed:") for m in messages) == 4


def test_second_poll_fetches_nothing_new(watcher: Watcher, store: Store, site: Site) -> None:
    watcher.poll(1)
    before = len(site.requests)
    stats = watcher.poll(2)
    again = [path for path, _ in site.requests[before:]]
    # the clean feed answers 304; the wire feed is fetched again only because two of its
    # entries failed transiently (500, timeout) and are retried - nothing else is re-fetched
    assert stats.feeds_unchanged == 1
    caspian = [h for p, h in site.requests[before:] if p == "/feeds/caspian.atom"]
    assert caspian and "if-none-match" in caspian[0]
    pages = {p for p in again if not p.startswith("/feeds/")}
    assert pages == {"/error.html", "/slow.html"}
    assert (stats.new, stats.fetched, stats.stored) == (2, 0, 0)
    assert stats.skipped == Counter({"http_500": 1, "timeout": 1})


def test_transient_failures_give_up_then_the_feed_is_conditional(
        site: Site, store: Store) -> None:
    with WatchState(max_attempts=2) as state, Fetcher(fast_policy(retries=0)) as fetcher:
        watcher = Watcher([site.url("/feeds/wire.rss")], store, StubExtractor(), state=state,
                          fetcher=fetcher)
        watcher.poll(1)
        assert state.validators(site.url("/feeds/wire.rss")) == (None, None)
        watcher.poll(2)  # second and last attempt for /error.html and /slow.html
        assert site.count("/error.html") == 2
        third = watcher.poll(3)
        assert site.count("/error.html") == 2 and third.new == 0
        assert state.validators(site.url("/feeds/wire.rss"))[0]
        assert watcher.poll(4).feeds_unchanged == 1


def test_survives_a_source_that_is_down(site: Site, store: Store) -> None:
    site.down.add("/feeds/caspian.atom")
    with WatchState() as state, Fetcher(fast_policy()) as fetcher:
        feeds = [DOWN, site.url("/feeds/caspian.atom"), site.url("/feeds/wire.rss")]
        watcher = Watcher(feeds, store, StubExtractor(), state=state, fetcher=fetcher)
        polls = watcher.run(interval=0.0, max_polls=1)
        assert polls[0].feed_errors == Counter({"connect": 1, "http_503": 1})
        assert polls[0].stored == 2  # from the wire feed
        site.down.clear()
        stats = watcher.poll(2)
        assert stats.feeds_failed == 1 and stats.stored == 2  # the Caspian feed is back
    assert len(stored_keys(store)) == 4


def test_stop_mid_poll_keeps_what_was_fetched(site: Site, store: Store) -> None:
    with WatchState() as state, Fetcher(fast_policy()) as fetcher:
        slow = site.routes["/slow.html"]

        def stop_while_slow(headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
            fetcher.stop.set()  # as a SIGTERM handler would, during the slow fetch
            return slow(headers)

        site.routes["/slow.html"] = stop_while_slow
        feeds = [site.url("/feeds/wire.rss"), site.url("/feeds/caspian.atom")]
        watcher = Watcher(feeds, store, StubExtractor(), state=state, fetcher=fetcher)
        polls = watcher.run(interval=60.0)  # returns when stopped, without waiting 60 s
        assert len(polls) == 1 and polls[0].interrupted
        wire = {"https://steppewire.example/politics/2024/06/11/mongolian-president-astana-"
                "state-visit", "https://meridian-news.example/en/2024/05/20/uzbekistan-"
                "turkmenistan-water-agreement/"}
        first = stored_keys(store)
        assert wire <= first and polls[0].stored == len(first)  # fetched before the stop
        assert state.validators(site.url("/feeds/wire.rss")) == (None, None)
        done = state.done([site.url("/steppewire/mongolia-visit.html"), site.url("/slow.html")])
        assert done == {site.url("/steppewire/mongolia-visit.html")}
        fetcher.stop.clear()
        site.routes["/slow.html"] = slow
        resumed = watcher.poll(2)
    assert resumed.stored == 4 - len(first)  # the rest, nothing twice
    assert len(stored_keys(store)) == 4
    for page in ("/steppewire/mongolia-visit.html", "/caspian/baku-talks.html",
                 "/meridian/ashgabat-call.html"):
        assert site.count(page) == 1, page


def test_poll_line() -> None:
    stats = PollStats(3, feeds_ok=2, feeds_failed=1, entries=5, new=2, fetched=2, stored=1,
                      skipped=Counter({"robots": 1}), feed_errors=Counter({"timeout": 1}))
    assert stats.line() == (
        "poll 3: feeds 2 ok (0 unchanged), 1 failed; entries 5, duplicates 0, new 2, "
        "fetched 2, stored 1, unchanged 0; skipped: robots 1; feed errors: timeout 1")


@pytest.mark.parametrize(("text", "seconds"), [
    ("15m", 900), ("90", 90), ("90s", 90), ("1h", 3600), ("1h30m", 5400), ("0.5s", 0.5),
    (" 2M ", 120)])
def test_parse_interval(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "fast", "15x", "-5m", "0s", "m15"])
def test_parse_interval_rejects(text: str) -> None:
    with pytest.raises(UsageError):
        parse_interval(text)


def test_read_feeds_file(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text("# outlets\nhttps://a.test/rss\n\n  http://b.test/atom.xml  # partner\n"
                    "https://a.test/rss\n")
    assert read_feeds_file(path) == ["https://a.test/rss", "http://b.test/atom.xml"]
    path.write_text("https://a.test/rss\nftp://b.test/feed\n")
    with pytest.raises(UsageError, match=":2: not an http"):
        read_feeds_file(path)
    path.write_text("# nothing\n")
    with pytest.raises(UsageError, match="no feed URLs"):
        read_feeds_file(path)


@pytest.mark.parametrize(("db", "state"), [
    ("dateline.db", "dateline.watch.sqlite"), ("data/kb.sqlite3", "data/kb.watch.sqlite"),
    ("sqlite:///data/x.db", "data/x.watch.sqlite"), (":memory:", ":memory:"),
    ("postgresql://h/db", "dateline-watch.sqlite")])
def test_state_path_for(db: str, state: str) -> None:
    assert state_path_for(db) == state


def test_state_persists_across_runs(tmp_path: Path) -> None:
    path = tmp_path / "kb.watch.sqlite"
    with WatchState(path) as state:
        state.feed_done("http://a.test/rss", '"v1"', None)
        state.mark([("http://a.test/1", "fetched"), ("http://a.test/2", "retry")])
    with WatchState(path) as state:
        assert state.validators("http://a.test/rss") == ('"v1"', None)
        assert state.done(["http://a.test/1", "http://a.test/2"]) == {"http://a.test/1"}


def test_a_slow_feed_delays_only_itself_and_a_stop_is_prompt(site: Site, store: Store) -> None:
    """Issue 15, defect 13: a feed that trickles its answer (it would take the whole 30 s
    deadline) holds up neither the other feeds' articles nor a stop."""
    extracted: list[float] = []

    class Timed(StubExtractor):
        def extract_many(self, documents):  # type: ignore[no-untyped-def]
            for pair in super().extract_many(documents):
                extracted.append(time.monotonic())
                yield pair

    pages = ["/steppewire/mongolia-visit.html", "/caspian/baku-talks.html",
             "/meridian/tashkent-agreement.html", "/meridian/ashgabat-call.html"]
    with serve_slowloris() as endless, WatchState() as state, \
            Fetcher(fast_policy(timeout=1.0, deadline=30.0, retries=0)) as fetcher:
        feeds = [endless, site.url("/feeds/wire.rss"), site.url("/feeds/caspian.atom")]
        watcher = Watcher(feeds, store, Timed(), state=state, fetcher=fetcher)
        started = time.monotonic()
        stopped: list[float] = []

        def stop_when_the_pages_are_in() -> None:
            while not all(site.count(p) for p in pages) and time.monotonic() - started < 20:
                time.sleep(0.05)
            time.sleep(0.5)
            stopped.append(time.monotonic())
            fetcher.stop.set()  # as SIGTERM does

        threading.Thread(target=stop_when_the_pages_are_in, daemon=True).start()
        polls = watcher.run(interval=60.0)
        returned = time.monotonic()
        assert state.validators(site.url("/feeds/caspian.atom"))[0]  # a finished feed: saved
    assert stopped and stopped[0] - started < 8  # not after the slow feed's 30 s
    assert returned - stopped[0] < 2
    assert polls[0].interrupted and polls[0].stored == 4 == len(stored_keys(store))
    assert len(extracted) == 4 and max(extracted) < stopped[0]  # stored as they came


def test_requests_to_one_host_wait_their_turn(site: Site, store: Store) -> None:
    """Feeds are fetched at once, but one host gets one request at a time."""
    in_flight: list[int] = [0, 0]  # now, most
    lock = threading.Lock()
    page = site.routes["/caspian/baku-talks.html"]

    def counted(headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        with lock:
            in_flight[0] += 1
            in_flight[1] = max(in_flight)
        time.sleep(0.2)
        with lock:
            in_flight[0] -= 1
        return page(headers)

    for path in list(site.routes):
        if path.startswith(("/steppewire/", "/caspian/", "/meridian/")):
            site.routes[path] = counted
    with WatchState() as state, Fetcher(fast_policy()) as fetcher:
        feeds = [site.url("/feeds/wire.rss"), site.url("/feeds/caspian.atom")]
        Watcher(feeds, store, StubExtractor(), state=state, fetcher=fetcher).poll(1)
    assert in_flight[1] == 1
