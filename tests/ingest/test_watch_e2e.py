"""Feeds -> pages -> events, end to end: the real extractor, a SQLite store on disk."""

from __future__ import annotations

from pathlib import Path

from site_server import Site, fast_policy

from dateline.ingest.fetch import Fetcher
from dateline.ingest.watch_state import WatchState
from dateline.jobs.watch import Watcher
from dateline.store import open_store


def test_feeds_to_events(site: Site, tmp_path: Path, extractor: object) -> None:
    db = tmp_path / "kb.db"
    feeds = [site.url("/feeds/caspian.atom"), site.url("/feeds/wire.rss")]
    with open_store(str(db)) as store, WatchState(tmp_path / "kb.watch.sqlite") as state, \
            Fetcher(fast_policy(retries=0)) as fetcher:
        watcher = Watcher(feeds, store, extractor, state=state,  # type: ignore[arg-type]
                          fetcher=fetcher)
        first = watcher.poll(1)
        assert first.stored == 4 and first.skipped["extraction_failed"] == 0
        second = watcher.poll(2)
        assert (second.fetched, second.stored) == (0, 0)
    with open_store(str(db)) as store:
        events = store.list_events(limit=100).items
        kinds = {event.kind for event in events}
        assert {"visit", "meeting", "agreement"} <= kinds
        visits = store.list_events(kind="visit", country="MNG").items
        assert any("KAZ" in v.countries and v.date.start == "2024-06-11" for v in visits
                   if v.status == "occurred")
        agreements = store.list_events(kind="agreement", country="TKM").items
        assert any("UZB" in a.countries for a in agreements)
        article = store.get_article(
            "https://steppewire.example/politics/2024/06/11/mongolian-president-astana-state-visit")
        assert article is not None and article.article.source == "Steppe Wire"
