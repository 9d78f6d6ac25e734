"""WARC archives built by the tests with warcio's writer: HTML responses become Articles."""

from __future__ import annotations

import gzip
import io
import tracemalloc
import zlib
from pathlib import Path

import pytest
from site_server import SITES
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.article import Article, FailedDocument
from dateline.ingest import iter_documents
from dateline.ingest.warc import iter_warc

BASE = "https://archive.test"
PAGES = ["steppewire/mongolia-visit.html", "steppewire/politics-index.html",
         "caspian/baku-talks.html", "caspian/visite-paris.html",
         "meridian/tashkent-agreement.html"]


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str, *,
              status: str = "200 OK", encoding: str | None = None) -> None:
    headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
    if encoding:
        headers.append(("Content-Encoding", encoding))
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                       http_headers=http)
    writer.write_record(record)


def build_warc(path: Path, *, gzip_records: bool) -> Path:
    """Request + response records for the fixture pages, plus records to pass over."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip_records)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for relative in PAGES:
            url = f"{BASE}/{relative}"
            request = StatusAndHeaders(f"GET /{relative} HTTP/1.1", [("Host", "archive.test")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request",
                                                          http_headers=request))
            body = (SITES / relative).read_bytes()
            if relative.startswith("caspian/baku"):  # stored as the server sent it: gzipped
                _response(writer, url, gzip.compress(body), "text/html; charset=utf-8",
                          encoding="gzip")
            else:
                _response(writer, url, body, "text/html; charset=utf-8")
        _response(writer, f"{BASE}/report.pdf", b"%PDF-1.4\n" * 100, "application/pdf")
        _response(writer, f"{BASE}/gone.html", b"<html>gone</html>", "text/html",
                  status="404 Not Found")
        _response(writer, f"{BASE}/data.json", b'{"a": 1}', "application/json")
    return path


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_pages(tmp_path: Path, name: str) -> None:
    path = build_warc(tmp_path / name, gzip_records=name.endswith(".gz"))
    documents = list(iter_documents([str(path)]))  # the registry's double suffix at work
    articles = [d for d in documents if isinstance(d, Article)]
    skipped = [d for d in documents if isinstance(d, FailedDocument)]
    assert sorted(a.source or "" for a in articles) == [
        "Caspian Dispatch", "Meridian News Agency", "Steppe Wire"]
    assert all(a.meta["warc"] == name and a.meta["captured"] for a in articles)
    visit = next(a for a in articles if a.source == "Steppe Wire")
    assert visit.published == "2024-06-11" and visit.text.startswith("ASTANA, June 11")
    assert sorted(d.error.reason for d in skipped) == [  # type: ignore[attr-defined]
        "not_article", "unsupported_language"]
    assert {d.id for d in skipped} == {f"{BASE}/steppewire/politics-index.html",
                                       f"{BASE}/caspian/visite-paris.html"}


def test_folders_expand_to_warc_gz(tmp_path: Path) -> None:
    build_warc(tmp_path / "a.warc.gz", gzip_records=True)
    (tmp_path / "notes.gz").write_bytes(gzip.compress(b"not ours"))
    documents = list(iter_documents([str(tmp_path)]))
    assert sum(isinstance(d, Article) for d in documents) == 3


class CountingStream(io.RawIOBase):
    """A file that counts the bytes read from it."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        chunk = self._data.read(len(buffer))
        buffer[:len(chunk)] = chunk
        self.read_bytes += len(chunk)
        return len(chunk)


def test_archive_is_streamed(tmp_path: Path) -> None:
    path = build_warc(tmp_path / "big.warc.gz", gzip_records=True)
    filler = tmp_path / "filler.warc.gz"
    with filler.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n in range(200):
            _response(writer, f"{BASE}/x{n}.json", b'{"n": %d}' % n + b" " * 2000,
                      "application/json")
    data = path.read_bytes() + filler.read_bytes()
    stream = CountingStream(data)
    documents = iter_warc(io.BufferedReader(stream, 4096), name="big")
    first = next(documents)
    assert isinstance(first, Article)
    assert stream.read_bytes < len(data) / 2
    assert sum(1 for _ in documents) == 4


@pytest.mark.parametrize("content", [b"this is not a WARC file at all\n" * 10,
                                     gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")])
def test_broken_archives_give_a_skip_record(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(content)
    [failed] = list(iter_documents([str(path)]))
    assert isinstance(failed, FailedDocument)
    assert failed.error.reason == "bad_archive"  # type: ignore[attr-defined]


def _giant_header_warc(path: Path, line_bytes: int, *, before: Path | None = None) -> Path:
    """A .warc.gz: the good archive's records (when given), then one gzip member holding a
    record whose header line is ``line_bytes`` long (it compresses a thousandfold)."""
    with path.open("wb") as out:
        if before is not None:
            out.write(before.read_bytes())
        packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        out.write(packer.compress(b"WARC/1.0\r\nWARC-Type: response\r\nX-Padding: "))
        chunk = b"a" * (1 << 20)
        for _ in range(line_bytes // len(chunk)):
            out.write(packer.compress(chunk))
        out.write(packer.compress(b"\r\nContent-Length: 0\r\n\r\n\r\n\r\n"))
        out.write(packer.flush())
    return path


def test_a_giant_header_line_ends_the_archive_without_being_held(tmp_path: Path) -> None:
    """Issue 15, defect 7 (smaller): 200 MB of header line in a ~200 KB .warc.gz."""
    good = build_warc(tmp_path / "good.warc.gz", gzip_records=True)
    path = _giant_header_warc(tmp_path / "giant.warc.gz", 200 << 20, before=good)
    assert path.stat().st_size < 2_000_000
    tracemalloc.start()
    try:
        docs = list(iter_documents([str(path)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 60_000_000
    articles = [d for d in docs if isinstance(d, Article)]
    assert len(articles) >= 2  # the pages before the damage are kept
    assert isinstance(docs[-1], FailedDocument) and docs[-1].error.reason == "bad_archive"
    assert "header lines longer than" in str(docs[-1].error)
