"""Russian reports through every input: HTML pages, RSS and Atom feeds, WARC archives, text,
JSON Lines and the watch loop carry the language on the Article; Kazakh and Ukrainian pages
are skipped with a reason, whatever their markup declares."""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from site_server import PLACEHOLDER, Site, StubExtractor, fast_policy
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.article import Article, FailedDocument
from dateline.errors import NotAnArticleError
from dateline.ingest import iter_documents
from dateline.ingest.feeds import iter_url
from dateline.ingest.fetch import Fetcher
from dateline.ingest.html import parse_page
from dateline.ingest.inputs import stdin_documents
from dateline.ingest.watch_state import WatchState
from dateline.jobs.watch import Watcher
from dateline.record import Record
from dateline.store import open_store

RUSSIAN = Path(__file__).resolve().parents[1] / "fixtures" / "russian"
PAGES = ["prokuror-visit.html", "mazhilis-kk.html", "ministr-uk.html", "talks-en.html"]
RU_URL = "https://caspiy-inform.example/ru/news/2025/04/03/prokuror-baku"


def page(name: str) -> bytes:
    return (RUSSIAN / "pages" / name).read_bytes()


def render(site: Site, relative: str) -> bytes:
    return (RUSSIAN / relative).read_text(encoding="utf-8").replace(PLACEHOLDER, site.base).encode()


@pytest.fixture
def agency(site: Site) -> Site:
    """The tests' site, also serving the Russian agency's pages under /ru/ and its feeds."""
    html = "text/html; charset=utf-8"
    for name in PAGES:
        body = render(site, f"pages/{name}")
        site.routes[f"/ru/{name}"] = lambda _, body=body: (200, {"Content-Type": html}, body)
    for name, ctype in (("agency.rss", "application/rss+xml"),
                        ("agency.atom", "application/atom+xml")):
        body = render(site, f"feeds/{name}")
        site.routes[f"/feeds/{name}"] = lambda _, body=body, ctype=ctype: (
            200, {"Content-Type": ctype}, body)
    return site


def test_russian_page_is_an_article_in_russian() -> None:
    article = parse_page(page("prokuror-visit.html"), url="http://news.test/ru/prokuror-visit.html")
    assert article.language == "ru"
    assert (article.url, article.published, article.source) == (RU_URL, "2025-04-03", "Каспий Информ")
    assert article.title == "Генеральный прокурор Казахстана прибыл в Баку с рабочим визитом"
    assert article.text.startswith("БАКУ, 3 апреля. Генеральный прокурор Республики Казахстан")
    assert "«the cooperation between our offices is a model for the region»" in article.text


@pytest.mark.parametrize(("name", "code"), [("mazhilis-kk.html", "'kk'"),
                                            ("ministr-uk.html", "'uk'")])
def test_other_languages_are_skipped_whatever_the_markup_says(name: str, code: str) -> None:
    with pytest.raises(NotAnArticleError) as caught:
        parse_page(page(name), doc_id=name)
    assert caught.value.reason == "unsupported_language"
    assert code in str(caught.value) and "from the text" in str(caught.value)


def test_english_page_declared_russian_is_english() -> None:
    assert parse_page(page("talks-en.html")).language == "en"


def test_rss_feed_of_russian_pages(agency: Site, fetcher: Fetcher) -> None:
    documents = list(iter_url(agency.url("/feeds/agency.rss"), fetcher=fetcher))
    articles = [d for d in documents if isinstance(d, Article)]
    skipped = [d for d in documents if isinstance(d, FailedDocument)]
    assert [(a.url, a.language, a.published) for a in articles] == [(RU_URL, "ru", "2025-04-03")]
    assert sorted((d.id.rsplit("/", 1)[1], d.error.reason) for d in skipped) == [  # type: ignore[attr-defined]
        ("mazhilis-kk.html", "unsupported_language"), ("ministr-uk.html", "unsupported_language")]


def test_atom_feed_with_an_english_and_a_russian_entry(agency: Site, fetcher: Fetcher) -> None:
    documents = list(iter_url(agency.url("/feeds/agency.atom"), fetcher=fetcher))
    assert [(type(d).__name__, getattr(d, "language", None)) for d in documents] == [
        ("Article", "en"), ("Article", "ru")]


def _warc(path: Path) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for name in PAGES:
            body = page(name)
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                               ("Content-Length", str(len(body)))],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://archive.test/ru/{name}", "response", payload=io.BytesIO(body),
                http_headers=http))
    return path


def test_warc_of_russian_and_other_pages(tmp_path: Path) -> None:
    documents = list(iter_documents([str(_warc(tmp_path / "agency.warc.gz"))]))
    articles = {d.url: d.language for d in documents if isinstance(d, Article)}
    assert articles == {RU_URL: "ru", "https://archive.test/ru/talks-en.html": "en"}
    skipped = Counter(d.error.reason for d in documents if isinstance(d, FailedDocument))  # type: ignore[attr-defined]
    assert skipped == Counter(unsupported_language=2)


def test_text_files_carry_their_language(tmp_path: Path) -> None:
    (tmp_path / "visit-ru.txt").write_text(
        " date 2025-04-03\nБАКУ, 3 апреля. Генеральный прокурор Казахстана прибыл в Баку с "
        "рабочим визитом и провел переговоры с коллегой.\n", encoding="utf-8")
    (tmp_path / "visit-en.txt").write_text(
        " date 2025-04-03\nBAKU, April 3. Kazakhstan's prosecutor general arrived in Baku for a "
        "working visit and held talks with his counterpart.\n", encoding="utf-8")
    found = {d.id: d.language for d in iter_documents([str(tmp_path)]) if isinstance(d, Article)}
    assert found == {"visit-ru": "ru", "visit-en": "en"}


def test_jsonl_language_from_the_text_then_the_declaration(tmp_path: Path) -> None:
    lines = [
        {"id": "ru", "text": "Министры иностранных дел провели переговоры в Астане и подписали "
                             "план консультаций."},
        {"id": "ru-declared-en", "language": "en",
         "text": "Президенты провели телефонный разговор и обсудили подготовку визита."},
        {"id": "short", "language": "ru", "text": "Астана, 3 апреля"},
        {"id": "en", "text": "The presidents held a phone call and discussed the coming visit."},
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
                    encoding="utf-8")
    found = {d.id: d.language for d in iter_documents([str(path)]) if isinstance(d, Article)}
    assert found == {"ru": "ru", "ru-declared-en": "ru", "short": "ru", "en": "en"}


def test_stdin_plain_text_carries_its_language() -> None:
    text = "Делегация Кыргызстана прибыла в Ташкент для переговоров о границе.".encode()
    (doc,) = stdin_documents(io.BytesIO(text), text=True)
    assert isinstance(doc, Article) and doc.language == "ru"


class _Recording(StubExtractor):
    """The stub extractor, keeping the Articles it was handed."""

    def __init__(self) -> None:
        self.seen: list[Article] = []

    def extract_many(self, documents: Iterable[Article | FailedDocument]
                     ) -> Iterator[tuple[Article | FailedDocument, Record]]:
        def keep() -> Iterator[Article | FailedDocument]:
            for document in documents:
                if isinstance(document, Article):
                    self.seen.append(document)
                yield document
        yield from super().extract_many(keep())


def test_watch_stores_russian_pages_and_skips_the_rest(agency: Site) -> None:
    extractor = _Recording()
    feeds = [agency.url("/feeds/agency.rss"), agency.url("/feeds/agency.atom")]
    with open_store(":memory:") as store, WatchState() as state, \
            Fetcher(fast_policy(retries=0)) as fetcher:
        stats = Watcher(feeds, store, extractor, state=state, fetcher=fetcher).poll(1)
        keys = {row["key"] for row in store.db.query("SELECT key FROM articles")}
    assert stats.skipped == Counter(unsupported_language=2)
    assert keys == {RU_URL, agency.url("/ru/talks-en.html")}
    assert {a.url: a.language for a in extractor.seen} == {
        RU_URL: "ru", agency.url("/ru/talks-en.html"): "en"}
