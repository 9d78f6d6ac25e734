"""RSS 2.0 and Atom feeds: entries, their metadata, and feeds that are not feeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_server import SITES, Site

from dateline.article import Article, FailedDocument
from dateline.errors import IngestError
from dateline.ingest.feeds import feed_documents, iter_url, parse_feed, read_feed_file
from dateline.ingest.fetch import Fetcher

BASE = "http://news.test"


def feed_bytes(name: str) -> bytes:
    return (SITES / "feeds" / name).read_bytes()


def test_rss_entries() -> None:
    feed = parse_feed(feed_bytes("wire.rss"), url=f"{BASE}/feeds/wire.rss")
    assert (feed.version, feed.title, feed.warning) == ("rss20", "Steppe Wire - Politics", None)
    assert len(feed.entries) == 10
    first = feed.entries[0]
    assert first.url == f"{BASE}/steppewire/mongolia-visit.html"
    assert (first.title, first.published, first.id) == (
        "Mongolian President arrives in Astana on state visit", "2024-06-11",
        "sw-2024-06-11-001")


def test_atom_entries() -> None:
    feed = parse_feed(feed_bytes("caspian.atom"), url=f"{BASE}/feeds/caspian.atom")
    assert feed.version == "atom10"
    assert [e.url.rsplit("/", 1)[1] for e in feed.entries] == [
        "baku-talks.html", "visite-paris.html", "tashkent-agreement.html", "ashgabat-call.html"]
    assert feed.entries[3].published == "2024-05-24"


def test_relative_links_duplicates_and_dates_in_utc() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><link>/a.html</link><pubDate>Mon, 20 May 2024 23:30:00 -0300</pubDate></item>
      <item><link>/a.html</link></item>
      <item><title>no link</title></item>
      <item><link>mailto:desk@news.test</link></item>
    </channel></rss>"""
    feed = parse_feed(rss, url="http://news.test/feeds/x.rss")
    assert [(e.url, e.published) for e in feed.entries] == [("http://news.test/a.html",
                                                             "2024-05-21")]


@pytest.mark.parametrize(("content", "reason"), [
    (feed_bytes("malformed.xml"), "malformed_feed"),
    ((SITES / "steppewire/politics-index.html").read_bytes(), "not_a_feed"),
    (b"", "not_a_feed"),
    (b"\x00\x01binary", "not_a_feed"),
])
def test_not_feeds(content: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as caught:
        parse_feed(content, url="http://news.test/f")
    assert caught.value.reason == reason


def test_recoverable_xml_is_used_with_a_warning() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T &amp; co</title>
      <item><title>Talks &nbsp; held</title><link>http://news.test/a.html</link></item>
    </channel></rss>"""
    feed = parse_feed(rss)
    assert [e.url for e in feed.entries] == ["http://news.test/a.html"]
    assert feed.warning is not None


def test_feed_documents_use_entry_metadata(site: Site, fetcher: Fetcher) -> None:
    feed = parse_feed(site.render("feeds/caspian.atom"), url=site.url("/feeds/caspian.atom"))
    documents = list(feed_documents(feed, fetcher))
    articles = {d.url: d for d in documents if isinstance(d, Article)}
    call = articles[site.url("/meridian/ashgabat-call.html")]
    assert call.published == "2024-05-24"  # the page has no date: the entry's
    assert call.meta["feed_url"] == site.url("/feeds/caspian.atom")
    skipped = [d for d in documents if isinstance(d, FailedDocument)]
    assert [d.error.reason for d in skipped] == ["unsupported_language"]  # type: ignore[attr-defined]


def test_iter_url_takes_a_feed_or_a_page(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    from site_server import fast_policy

    import dateline.ingest.feeds as feeds

    monkeypatch.setattr(feeds, "Fetcher", lambda: Fetcher(fast_policy()))
    from_feed = list(iter_url(site.url("/feeds/caspian.atom")))
    assert sum(isinstance(d, Article) for d in from_feed) == 3
    [page] = list(iter_url(site.url("/caspian/baku-talks.html")))
    assert isinstance(page, Article) and page.source == "Caspian Dispatch"
    [failed] = list(iter_url(site.url("/feeds/malformed.xml")))
    assert isinstance(failed, FailedDocument)
    assert isinstance(failed.error, IngestError) and failed.error.reason == "malformed_feed"


def test_read_feed_file(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from site_server import fast_policy

    import dateline.ingest.feeds as feeds

    monkeypatch.setattr(feeds, "Fetcher", lambda: Fetcher(fast_policy()))
    path = tmp_path / "caspian.atom"
    path.write_bytes(site.render("feeds/caspian.atom"))
    documents = list(read_feed_file(path))
    assert len(documents) == 4
    broken = tmp_path / "broken.xml"
    broken.write_bytes(feed_bytes("malformed.xml"))
    [failed] = read_feed_file(broken)
    assert isinstance(failed, FailedDocument) and failed.id == "broken"
