"""The registry: suffixes (double ones too) to readers; iter_documents over every source."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_server import SITES

from dateline.article import Article, FailedDocument
from dateline.ingest import expand_paths, is_url, iter_documents
from dateline.ingest.feeds import read_feed_file
from dateline.ingest.html import read_html_file
from dateline.ingest.registry import HANDLERS, handler_for, suffix_of
from dateline.ingest.warc import read_warc_file


@pytest.mark.parametrize(("name", "suffix"), [
    ("crawl.warc.gz", ".warc.gz"), ("CRAWL.WARC.GZ", ".warc.gz"), ("crawl.warc", ".warc"),
    ("page.HTM", ".htm"), ("notes.tar.gz", ".gz"), ("v1.2.html", ".html"), ("feed.atom", ".atom"),
    ("README", "")])
def test_suffix_of(name: str, suffix: str) -> None:
    assert suffix_of(Path(name)) == suffix


def test_handlers() -> None:
    assert handler_for(Path("a.warc.gz")) is read_warc_file
    assert handler_for(Path("a.html")) is read_html_file
    assert handler_for(Path("a.rss")) is read_feed_file
    assert handler_for(Path("a.tar.gz")) is None
    assert {".html", ".htm", ".warc", ".warc.gz", ".xml", ".rss", ".atom"} <= set(HANDLERS)


def test_urls_pass_through_expand_paths() -> None:
    assert is_url("HTTPS://outlet.example/rss") and not is_url("feeds/rss.xml")
    assert list(expand_paths(["https://outlet.example/rss", "-"])) == [
        "https://outlet.example/rss", "-"]


def test_folders_mix_text_and_html(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("BAKU, July 3. The ministers met in Baku on Wednesday.")
    (tmp_path / "b.html").write_bytes((SITES / "caspian/baku-talks.html").read_bytes())
    (tmp_path / "c.htm").write_bytes((SITES / "steppewire/politics-index.html").read_bytes())
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.4")
    documents = list(iter_documents([str(tmp_path)]))
    assert [type(d) for d in documents] == [Article, Article, FailedDocument]
    assert [d.id for d in documents] == ["a", "b", "c"]
