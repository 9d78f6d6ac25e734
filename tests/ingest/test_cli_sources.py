"""``dateline watch`` and ``dateline ingest`` over HTML, WARC and feeds (stub extractor)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from site_server import SITES, Site, StubExtractor, fast_policy

from dateline.ingest.fetch import Fetcher
from dateline.store import open_store


@pytest.fixture
def stub_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands build ``Extractor(...)``: give them the stub instead of spaCy."""
    import dateline.extract.pipeline as pipeline

    monkeypatch.setattr(pipeline, "Extractor", lambda **_: StubExtractor())


def count_articles(db: Path) -> int:
    with open_store(str(db)) as store:
        return int(store.db.scalar("SELECT COUNT(*) FROM articles"))


@pytest.mark.usefixtures("stub_pipeline")
def test_watch_once(site: Site, tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# partners\n{site.url('/feeds/caspian.atom')}\n"
                     f"{site.url('/feeds/malformed.xml')}  # broken on purpose\n"
                     "http://127.0.0.1:9/down.rss\n")
    db = tmp_path / "kb.db"
    args = ["watch", feeds, "--once", "--db", db, "--timeout", "0.5", "--host-delay", "0",
            "--retries", "0"]
    result = run_cli(*args)
    assert result.code == 0, result.stderr
    err = result.stderr
    assert "dateline: poll 1: feeds 1 ok (0 unchanged), 2 failed; entries 4" in err
    assert "stored 3" in err and "skipped: unsupported_language 1" in err
    assert "feed errors: connect 1, malformed_feed 1" in err
    assert "dateline: stopped after 1 poll: 3 articles stored" in err
    assert (tmp_path / "kb.watch.sqlite").exists()
    again = run_cli(*args)
    assert "feeds 1 ok (1 unchanged)" in again.stderr
    assert count_articles(db) == 3


@pytest.mark.parametrize(("args", "message"), [
    (["--interval", "soon"], "bad interval"),
    (["--max-polls", "0"], "max-polls"),
])
def test_watch_usage_errors(tmp_path: Path, run_cli: Callable[..., Any], args: list[str],
                            message: str) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://a.test/rss\n")
    result = run_cli("watch", feeds, *args)
    assert result.code == 2 and message in result.stderr


def test_watch_without_feeds_file(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    result = run_cli("watch", tmp_path / "none.txt", "--once")
    assert result.code == 2 and "cannot read the feeds file" in result.stderr


@pytest.mark.usefixtures("stub_pipeline")
def test_ingest_html_files(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for html in SITES.glob("*/*.html"):
        shutil.copy(html, pages / html.name)
    db = tmp_path / "kb.db"
    result = run_cli("ingest", pages, "--db", db, "--no-progress")
    err = result.stderr
    assert result.code == 1  # the skip records are reported as not stored
    assert "8 documents: 4 added" in err and "4 failed" in err
    assert "not stored: politics-index: NotAnArticleError: politics-index: index page" in err
    assert ("not stored: visite-paris: NotAnArticleError: visite-paris: not in a language "
            "Dateline reads (language 'fr'") in err
    assert count_articles(db) == 4


@pytest.mark.usefixtures("stub_pipeline")
def test_ingest_a_feed_url(site: Site, tmp_path: Path, run_cli: Callable[..., Any],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.ingest.feeds as feeds

    monkeypatch.setattr(feeds, "Fetcher", lambda: Fetcher(fast_policy()))
    db = tmp_path / "kb.db"
    result = run_cli("ingest", site.url("/feeds/caspian.atom"), "--db", db, "--no-progress")
    assert "4 documents: 3 added" in result.stderr
    assert count_articles(db) == 3
