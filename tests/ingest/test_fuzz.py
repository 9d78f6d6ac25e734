"""Fuzzing the readers (Hypothesis, bounded and seeded): whatever the bytes, a reader yields
documents or error records and raises nothing (issue 15)."""

from __future__ import annotations

import gzip
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.article import Article, FailedDocument
from dateline.errors import IngestError, InputError
from dateline.ingest.feeds import parse_feed
from dateline.ingest.html import parse_page
from dateline.ingest.inputs import iter_documents, stdin_documents
from dateline.ingest.jsonl import iter_jsonl
from dateline.ingest.text import decode_text
from dateline.ingest.warc import iter_warc

FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

VISIT = ("BAKU, Azerbaijan, May 1. Kazakh Foreign Minister Murat Nurtleu met Azerbaijani "
         "President Ilham Aliyev in Baku on Monday.")
SEPARATORS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", " ", ""]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12)


def _writable(document: Article | FailedDocument) -> None:
    """Everything a record would carry can be written as UTF-8."""
    assert isinstance(document, Article | FailedDocument)
    fields = [document.id, document.url, document.source]
    if isinstance(document, Article):
        fields += [document.text, document.title, document.published]
    for value in fields:
        if value is not None:
            value.encode("utf-8")


@FUZZ
@given(st.lists(st.binary(max_size=200) | st.sampled_from(
    [b"[" * 5000, b'{"id":' + b"9" * 5000 + b',"text":"x"}', b'{"text":"\\udc00"}',
     b"\xef\xbb\xbf{}", b"\x00\xff\xfe", b"{" * 3000]), max_size=8))
def test_json_lines_of_any_bytes(lines: list[bytes]) -> None:
    data = b"\n".join(lines)
    docs = list(iter_jsonl(io.BytesIO(data), stem="f"))
    for document in docs:
        _writable(document)
    assert len(docs) >= sum(1 for line in data.split(b"\n") if line.strip()) - (
        1 if data.startswith(b"\xef\xbb\xbf") else 0)


@FUZZ
@given(st.lists(st.dictionaries(st.sampled_from(["id", "text", "url", "published", "title",
                                                 "source"]), JSON_VALUES, max_size=6),
                min_size=1, max_size=6),
       st.sampled_from(SEPARATORS[1:6]))
def test_json_objects_separated_by_any_line_end(objects: list[dict], separator: str) -> None:
    line = separator.join(json.dumps(o) for o in objects)
    docs = list(iter_jsonl(io.BytesIO(line.encode("utf-8", "surrogatepass") + b"\n"), stem="f"))
    assert len(docs) == len(objects)
    for document, obj in zip(docs, objects, strict=True):
        _writable(document)
        text = obj.get("text")
        if isinstance(document, Article):
            assert isinstance(text, str) and len(document.text) == len(text)


@FUZZ
@given(st.text(max_size=300), st.sampled_from(["\ud800", "\udc00", "\udfff", ""]))
def test_text_with_lone_surrogates_keeps_its_length(text: str, surrogate: str) -> None:
    raw = json.dumps({"id": surrogate or "x", "text": VISIT + surrogate + text})
    [document] = list(iter_jsonl(io.BytesIO(raw.encode() + b"\n"), stem="f"))
    assert isinstance(document, Article)
    _writable(document)
    assert len(document.text) == len(VISIT + surrogate + text)


@FUZZ
@given(st.binary(max_size=2000))
def test_plain_text_of_any_bytes(data: bytes) -> None:
    try:
        text = decode_text(data, name="t")
    except InputError:
        return
    text.encode("utf-8")
    [document] = list(stdin_documents(io.BufferedReader(io.BytesIO(data)), text=True))  # type: ignore[arg-type]
    _writable(document)


HTML_PIECES = st.sampled_from([
    "<div>", "</div>", "<p>", f"<p>{VISIT}</p>", "<script type='application/ld+json'>",
    "</script>", '{"@type": "NewsArticle", "datePublished": "9999-12-31"', "[" * 300,
    "<table><tr><td>", "&amp;", "&#xD800;", "<!--", "-->", "<meta charset='utf-16'>",
    "<html lang='en'>", "<title>x</title>", "\x00", "<", ">", "\u202e", "(" * 200])


@FUZZ
@given(st.lists(HTML_PIECES, max_size=40), st.booleans())
def test_html_of_any_shape(pieces: list[str], as_bytes: bool) -> None:
    html = "".join(pieces)
    try:
        article = parse_page(html.encode("utf-8", "replace") if as_bytes else html)
    except IngestError:
        return
    _writable(article)


def _warc(body: bytes) -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body)
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://outlet.test/a\r\n"
            b"Content-Length: " + str(len(http)).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")


PAGE = (f"<html lang='en'><body><article><h1>Talks</h1>{f'<p>{VISIT}</p>' * 3}</article>"
        "</body></html>").encode()


@FUZZ
@given(st.integers(0, 2000), st.binary(min_size=1, max_size=20), st.booleans(),
       st.sampled_from(["cut", "insert", "flip"]))
def test_damaged_warc_archives(at: int, noise: bytes, gzipped: bool, how: str) -> None:
    data = _warc(PAGE) * 2
    data = gzip.compress(data[: len(data) // 2]) + gzip.compress(data[len(data) // 2:]) \
        if gzipped else data
    at %= len(data)
    if how == "cut":
        data = data[:at]
    elif how == "insert":
        data = data[:at] + noise + data[at:]
    else:
        data = data[:at] + bytes(b ^ 0xFF for b in noise) + data[at + len(noise):]
    docs = list(iter_warc(io.BytesIO(data), name="fuzz.warc"))
    if how == "cut" and at < len(data) // 4:
        assert docs  # cut inside the first record: an error record says so
    for document in docs:
        _writable(document)


FEED = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>F</title><item><title>T"
        b"</title><link>http://127.0.0.1:9/a.html</link></item></channel></rss>")


@FUZZ
@given(st.integers(0, len(FEED)), st.binary(max_size=30))
def test_damaged_feeds(at: int, noise: bytes) -> None:
    try:
        feed = parse_feed(FEED[:at] + noise + FEED[at:])
    except IngestError:
        return
    for entry in feed.entries:
        assert entry.url.startswith(("http://", "https://"))


SUFFIXES = [".txt", ".jsonl", ".html", ".warc", ".warc.gz"]


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SUFFIXES), st.binary(max_size=400)), min_size=1,
                max_size=6))
def test_a_folder_of_odd_files_gives_a_document_for_each(files: list[tuple[str, bytes]]
                                                         ) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for n, (suffix, data) in enumerate(files):
            Path(tmp, f"f{n}{suffix}").write_bytes(data)
        docs = list(iter_documents([tmp]))
    for document in docs:
        _writable(document)
    singles = sum(1 for suffix, _ in files if suffix in (".txt", ".html", ".warc", ".warc.gz"))
    assert len(docs) >= singles
