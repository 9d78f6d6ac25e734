"""HTML pages: main text without boilerplate, metadata, and skip records for non-articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.article import Article, FailedDocument
from dateline.errors import IngestError, NotAnArticleError
from dateline.ingest.html import PageHints, page_document, parse_page, read_html_file

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"

BOILERPLATE = ["cookies", "Share", "Read more", "Related stories", "Most read", "Subscribe",
               "All rights reserved", "Politics", "Telegram", "Reproduction"]


def page(relative: str, **kwargs: object) -> Article:
    return parse_page((SITES / relative).read_bytes(), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(("relative", "url", "published", "source", "title", "first"), [
    ("steppewire/mongolia-visit.html",
     "https://steppewire.example/politics/2024/06/11/mongolian-president-astana-state-visit",
     "2024-06-11", "Steppe Wire", "Mongolian President arrives in Astana on state visit",
     "ASTANA, June 11 (Steppe Wire) - President of Mongolia"),
    ("caspian/baku-talks.html",
     "https://caspiandispatch.example/news/azerbaijan-georgia-foreign-ministers-baku",
     "2024-07-03", "Caspian Dispatch",
     "Azerbaijani, Georgian foreign ministers hold talks in Baku", "BAKU, Azerbaijan, July 3."),
    ("meridian/tashkent-agreement.html",
     "https://meridian-news.example/en/2024/05/20/uzbekistan-turkmenistan-water-agreement/",
     "2024-05-20", "Meridian News Agency",
     "Uzbekistan and Turkmenistan sign water cooperation agreement", "TASHKENT, May 20"),
])
def test_article_layouts(relative: str, url: str, published: str, source: str, title: str,
                         first: str) -> None:
    article = page(relative)
    assert (article.url, article.published, article.source, article.title) == (
        url, published, source, title)
    assert article.language == "en"
    assert article.text.startswith(first)  # the repeated headline is dropped
    for junk in BOILERPLATE:
        assert junk not in article.text, junk


def test_json_ld_date_wins_and_author_is_kept() -> None:
    article = page("steppewire/mongolia-visit.html")
    assert article.meta["author"] == "Aigerim Tolegenova"
    assert article.meta["date_from"] == "page"


def test_relative_canonical_resolves_against_the_fetched_url() -> None:
    html = (SITES / "caspian/baku-talks.html").read_text().replace(
        '<meta property="og:url" content="https://caspiandispatch.example/news/'
        'azerbaijan-georgia-foreign-ministers-baku">', "")
    article = parse_page(html, url="http://mirror.test/copy/1")
    assert article.url == "http://mirror.test/news/azerbaijan-georgia-foreign-ministers-baku"
    assert article.meta["fetched_url"] == "http://mirror.test/copy/1"


def test_hints_fill_what_the_page_lacks() -> None:
    hints = PageHints(title="From the feed", published="2024-05-24", source="Feed title")
    article = page("meridian/ashgabat-call.html", url="http://news.test/call", hints=hints)
    assert article.published == "2024-05-24"
    assert article.meta["date_from"] == "feed"
    assert (article.title or "").startswith("Turkmen and Azerbaijani presidents")  # the page's
    assert article.source == "Feed title"  # no og:site_name: the feed's title, not the host
    assert article.url == "http://news.test/call"


@pytest.mark.parametrize(("relative", "reason", "words"), [
    ("steppewire/politics-index.html", "not_article", "collectionpage"),
    ("meridian/tag-uzbekistan.html", "not_article", "linked headlines"),
    ("caspian/visite-paris.html", "unsupported_language", "'fr'"),
    ("meridian/visita-sin-lang.html", "unsupported_language", "'es'"),
])
def test_skip_records(relative: str, reason: str, words: str) -> None:
    document = page_document((SITES / relative).read_bytes(), doc_id=Path(relative).stem)
    assert isinstance(document, FailedDocument)
    assert isinstance(document.error, NotAnArticleError)
    assert document.error.reason == reason
    assert words in str(document.error)


@pytest.mark.parametrize("content", [b"", b"<html><body><p>Too short.</p></body></html>",
                                     b"<html><body><nav><a href='/'>Home</a></nav></body></html>"])
def test_pages_without_main_text(content: bytes) -> None:
    with pytest.raises(NotAnArticleError) as caught:
        parse_page(content, url="http://news.test/empty")
    assert caught.value.reason == "not_article"


def test_binary_is_not_an_article() -> None:
    with pytest.raises(IngestError):
        parse_page(b"%PDF-1.4\n\x00\x01\x02" * 100)


def test_read_html_file(tmp_path: Path) -> None:
    [article] = read_html_file(SITES / "steppewire/mongolia-visit.html")
    assert isinstance(article, Article) and article.id == "mongolia-visit"
    [missing] = read_html_file(tmp_path / "gone.html")
    assert isinstance(missing, FailedDocument) and "cannot read" in str(missing.error)


def _with_json_ld(script: str) -> bytes:
    html = (SITES / "caspian/baku-talks.html").read_text(encoding="utf-8")
    return html.replace("</head>", f'<script type="application/ld+json">{script}</script></head>',
                        1).encode("utf-8")


def test_json_ld_nested_five_thousand_deep_is_passed_over() -> None:
    article = parse_page(_with_json_ld('{"a":' * 5000 + "1" + "}" * 5000))
    assert article.published == "2024-07-03" and article.text.startswith("BAKU")


def test_a_bad_html_file_does_not_lose_the_html_files_after_it(tmp_path: Path) -> None:
    from dateline.ingest.inputs import iter_documents

    (tmp_path / "a-deep.html").write_bytes(_with_json_ld("[" * 5000 + "]" * 5000))
    (tmp_path / "b-binary.html").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "c-good.html").write_bytes((SITES / "caspian/baku-talks.html").read_bytes())
    docs = list(iter_documents([str(tmp_path)]))
    assert [d.id for d in docs] == ["a-deep", "b-binary", "c-good"]
    assert isinstance(docs[0], Article) and isinstance(docs[2], Article)
    assert isinstance(docs[1], FailedDocument)


def test_an_html_file_past_the_size_cap_is_refused_unread(tmp_path: Path) -> None:
    from dateline.ingest.html import MAX_PAGE_BYTES

    path = tmp_path / "big.html"
    with path.open("wb") as out:
        out.truncate(MAX_PAGE_BYTES + 1)
    [doc] = list(read_html_file(path))
    assert isinstance(doc, FailedDocument) and "too large" in str(doc.error)
