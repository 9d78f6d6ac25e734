"""HTML pages -> Articles: main text without boilerplate, and the page's metadata.

trafilatura finds the main text (menus, share bars, cookie banners, "Read more" boxes and
footers go) and the metadata: title, canonical URL, outlet (``og:site_name``, JSON-LD
publisher) and publication date (htmldate: JSON-LD ``datePublished``, ``article:published_time``,
``<time datetime>``...). A page that is not an article (an index or tag page, too little text,
a language Dateline does not read) raises :class:`~dateline.errors.NotAnArticleError` with a reason::

    article = parse_page(html_bytes, url="https://outlet.example/news/1")
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from dateline.article import Article, FailedDocument
from dateline.errors import IngestError, InputError, NotAnArticleError
from dateline.ingest.language import declared_language, require_supported

__all__ = ["MAX_PAGE_BYTES", "PageHints", "page_document", "parse_page", "read_html_file"]

log = logging.getLogger(__name__)

MIN_TEXT_CHARS = 200
MAX_PAGE_BYTES = 10_000_000  # a larger HTML file is refused unread
MIN_HEADLINE_LINKS = 4  # an untyped page listing this many linked headlines is an index
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "blogposting",
    "report", "scholarlyarticle", "techarticle"})
INDEX_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage", "profilepage",
                         "aboutpage", "contactpage"})
_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class PageHints:
    """What the page's container knows (a feed entry, a WARC record): used when the page is silent."""

    title: str | None = None
    published: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class _JsonLd:
    types: set[str] = field(default_factory=set)
    published: str | None = None
    language: str | None = None
    publisher: str | None = None


def _json_ld(tree: HtmlElement) -> _JsonLd:
    """Types, ``datePublished``, ``inLanguage`` and publisher of the page's JSON-LD objects."""
    found = _JsonLd()
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(str(script))
        except (ValueError, RecursionError):  # invalid, or nested past the parser's depth
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
                continue
            if not isinstance(item, dict):
                continue
            stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
            kinds = item.get("@type")
            kinds = {k.lower() for k in (kinds if isinstance(kinds, list) else [kinds])
                     if isinstance(k, str)}
            found.types |= kinds
            if kinds & ARTICLE_TYPES:
                date = item.get("datePublished")
                if isinstance(date, str) and _DATE.match(date) and not found.published:
                    found.published = date[:10]
                lang = item.get("inLanguage")
                if isinstance(lang, str):
                    found.language = found.language or lang
                publisher = item.get("publisher")
                if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                    found.publisher = found.publisher or publisher["name"].strip() or None
    return found


def _og_type(tree: HtmlElement) -> str | None:
    values = tree.xpath('//meta[@property="og:type"]/@content')
    return str(values[0]).strip().lower() if values else None


def _check_article(tree: HtmlElement, ld: _JsonLd, text: str, date: str | None,
                   name: str) -> None:
    """Raise NotAnArticleError for index/tag pages and pages with too little text."""
    if len(text) < MIN_TEXT_CHARS:
        raise NotAnArticleError(f"{name}: too little main text ({len(text)} characters)",
                                reason="not_article")
    og_type = _og_type(tree)
    if ld.types & ARTICLE_TYPES or og_type == "article":
        return
    index_types = sorted(ld.types & INDEX_TYPES)
    if index_types:
        raise NotAnArticleError(f"{name}: index page (schema.org {index_types[0]})",
                                reason="not_article")
    headlines = [a for a in tree.xpath("//h1//a | //h2//a | //h3//a | //h4//a")
                 if a.text_content().strip()]
    if len(headlines) >= MIN_HEADLINE_LINKS:
        raise NotAnArticleError(f"{name}: index page ({len(headlines)} linked headlines)",
                                reason="not_article")
    if og_type not in (None, "") and date is None:
        raise NotAnArticleError(f"{name}: not an article (og:type {og_type}, no date)",
                                reason="not_article")


def _strip_title(text: str, title: str | None) -> str:
    """Drop a first line that repeats the headline (the title is kept in ``Article.title``)."""
    first, _, rest = text.partition("\n")
    if title and rest and first.strip().casefold() == title.strip().casefold():
        return rest.lstrip("\n")
    return text


def _site_name(name: str | None, url: str | None) -> str | None:
    """The declared site name; None when trafilatura only echoed the host name."""
    name = (name or "").strip()
    host = urlsplit(url).netloc.lower() if url else ""
    if not name or name.lower().removeprefix("www.") == host.removeprefix("www."):
        return None
    return name


def _absolute(link: str | None, base: str | None) -> str | None:
    if not link:
        return None
    joined = urljoin(base, link) if base else link
    return joined if urlsplit(joined).scheme in ("http", "https") else None


def _canonical(tree: HtmlElement, base: str | None) -> str | None:
    """``<link rel="canonical">`` (relative links resolved against ``base``), else ``og:url``."""
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        for value in tree.xpath(xpath):
            if found := _absolute(str(value).strip(), base):
                return found
    return None


def parse_page(content: bytes | str, *, url: str | None = None, hints: PageHints | None = None,
               doc_id: str | None = None) -> Article:
    """Turn one HTML page into an Article, or raise NotAnArticleError / IngestError.

    ``url`` is where the page was fetched from (it resolves relative links); the Article's
    ``url`` is the page's canonical URL when it declares one.
    """
    import trafilatura
    from trafilatura.settings import Document as Extracted
    from trafilatura.utils import load_html

    hints = hints or PageHints()
    name = doc_id or url or "page"
    try:
        tree = load_html(content)
        document = None if tree is None else trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_DATE_PARAMS)
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura on hostile markup: any error
        raise IngestError(f"{name}: cannot parse the HTML ({type(exc).__name__}: {exc})",
                          reason="bad_html") from exc
    if tree is None or not isinstance(document, Extracted) or not isinstance(document.text, str):
        raise NotAnArticleError(f"{name}: no main text found", reason="not_article")
    ld = _json_ld(tree)
    title = (document.title or "").strip() or hints.title
    text = _strip_title(document.text.strip(), title)
    published = ld.published or document.date or hints.published
    _check_article(tree, ld, text, published, name)
    language = require_supported(text, declared_language(tree, ld.language), name=name)
    canonical = _canonical(tree, url) or _absolute(document.url, url)
    final_url = canonical or url
    source = _site_name(document.sitename, final_url) or ld.publisher or hints.source or (
        urlsplit(final_url).hostname if final_url else None)
    meta: dict[str, Any] = {**hints.meta, "fetched_url": url,
                            "canonical_url": canonical if canonical != url else None,
                            "author": document.author, "page_type": _og_type(tree),
                            "date_from": "page" if (ld.published or document.date) else
                            ("feed" if published else None)}
    return Article(text=text, id=doc_id or final_url, url=final_url,
                   published=published[:10] if published else None, source=source,
                   title=title or None, language=language,
                   meta={k: v for k, v in meta.items() if v is not None})


def page_document(content: bytes | str, *, url: str | None = None,
                  hints: PageHints | None = None, doc_id: str | None = None
                  ) -> Article | FailedDocument:
    """:func:`parse_page`, with failures turned into a FailedDocument (a skip record)."""
    try:
        return parse_page(content, url=url, hints=hints, doc_id=doc_id)
    except IngestError as exc:
        log.debug("skipped %s: %s", doc_id or url, exc)
        return FailedDocument(doc_id or url or "page", exc, url=url,
                              source=hints.source if hints else None)


def read_html_file(path: Path) -> Iterator[Article | FailedDocument]:
    """The registry reader for ``.html``/``.htm`` files: one Article (or skip record) per file."""
    try:
        size = path.stat().st_size
        data = path.read_bytes() if size <= MAX_PAGE_BYTES else b""
    except OSError as exc:
        yield FailedDocument(path.stem, InputError(f"{path}: cannot read ({exc.strerror or exc})"))
        return
    if size > MAX_PAGE_BYTES:
        yield FailedDocument(path.stem, IngestError(
            f"{path}: page too large ({size:,} bytes; the limit is {MAX_PAGE_BYTES:,})",
            reason="too_large"))
        return
    yield page_document(data, doc_id=path.stem)
