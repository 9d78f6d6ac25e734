"""WARC archives (warcio): HTML response records -> pages -> Articles, streamed.

The archive is read record by record (``.warc`` or ``.warc.gz``), never loaded whole; each
page body is read up to a size cap (:data:`MAX_RECORD_BYTES`), and so is each block of header
lines (:data:`MAX_HEADER_BYTES`, while it is decompressed: a 1 GB header line in a small
``.warc.gz`` ends the archive with an error record, it is never held in memory). Request, metadata and non-HTML records are passed over;
responses that are not successful HTML pages are counted in the log, not yielded. The capture
date (``WARC-Date``) goes to ``Article.meta["captured"]``: it is not the publication date.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dateline.article import Article, FailedDocument
from dateline.errors import IngestError, InputError
from dateline.ingest.body import kind_of_media_type, media_type, sniff
from dateline.ingest.html import PageHints, page_document

__all__ = ["MAX_HEADER_BYTES", "MAX_RECORD_BYTES", "iter_warc", "read_warc_file"]

log = logging.getLogger(__name__)

MAX_RECORD_BYTES = 10_000_000
MAX_HEADER_BYTES = 1_000_000  # the WARC or HTTP header lines of one record, together
TOO_LARGE = "too large"  # an HTML page past MAX_RECORD_BYTES: a document, with an error record

Document = Article | FailedDocument


def _page_of(record: Any, max_bytes: int) -> tuple[str, bytes, str | None] | str:
    """``(url, body, charset)`` of an HTML response record, else the reason to pass it over."""
    if record.rec_type != "response":
        return "not a response"
    http = record.http_headers
    if http is None:
        return "no HTTP headers"
    status = http.get_statuscode()
    if not str(status).startswith("2"):
        return f"HTTP {status}"
    mtype, charset = media_type(http.get_header("Content-Type"))
    declared = kind_of_media_type(mtype)
    if declared not in ("html", "generic"):
        return f"content type {mtype}"
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return TOO_LARGE
    if sniff(body) != "html":
        return f"not HTML ({mtype or 'no content type'})"
    return record.rec_headers.get_header("WARC-Target-URI") or "", body, charset


def _is_warc(stream: io.BufferedReader) -> bool:
    """Does the stream start with a WARC record (``WARC/1.x``), gzipped or not?"""
    head = stream.peek(4096)[:4096]
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith(b"WARC/")


def _records(stream: Any, name: str, max_bytes: int
             ) -> Iterator[tuple[Any, tuple[str, bytes, str | None] | str]]:
    """``(record, page or reason)`` pairs; corrupt data ends the archive with an IngestError.

    warcio raises assorted exceptions on damaged input (ArchiveLoadFailed, but also
    AttributeError or ValueError from deep inside): all of them mean "this archive is broken".
    """
    archive = _archive(stream)
    try:
        for record in archive:
            yield record, _page_of(record, max_bytes)
    except Exception as exc:  # noqa: BLE001 - see the docstring
        raise IngestError(f"{name}: not a readable WARC archive, or a damaged one "
                          f"({type(exc).__name__}: {exc})", reason="bad_archive") from exc
    if archive.err_count:  # records whose Content-Length did not end where the next began
        raise IngestError(f"{name}: a damaged WARC archive ({archive.err_count} records with a "
                          "wrong Content-Length; what followed them may be lost)",
                          reason="bad_archive")


def _archive(stream: Any) -> Any:
    """warcio's ArchiveIterator over ``stream``, reading header lines through a capped reader."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.bufferedreaders import DecompressingBufferedReader
    from warcio.utils import BUFF_SIZE

    class CappedReader(DecompressingBufferedReader):  # type: ignore[misc]
        """Refuses a block of header lines (the lines read up to a blank one) longer than
        MAX_HEADER_BYTES: warcio reads a header line whole, however long it is."""

        header_bytes = 0

        def readline(self, length: int | None = None) -> bytes:
            budget = MAX_HEADER_BYTES - self.header_bytes
            want = budget + 1 if length is None else min(length, budget + 1)
            line: bytes = super().readline(want)
            if len(line) > budget:
                raise ValueError(f"header lines longer than {MAX_HEADER_BYTES:,} bytes")
            self.header_bytes = self.header_bytes + len(line) if line.strip() else 0
            return line

    archive = ArchiveIterator(stream)
    archive.reader = CappedReader(archive.fh, block_size=BUFF_SIZE)
    return archive


def iter_warc(stream: Any, *, name: str = "archive",
              max_bytes: int = MAX_RECORD_BYTES) -> Iterator[Document]:
    """Articles (or skip records for non-article pages) from a binary WARC stream."""
    passed: Counter[str] = Counter()
    count = 0
    stream = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)
    if not _is_warc(stream):
        yield FailedDocument(name, IngestError(f"{name}: not a WARC archive (no WARC/1.x header)",
                                               reason="bad_archive"))
        return
    try:
        for record, page in _records(stream, name, max_bytes):
            count += 1
            if page == TOO_LARGE:
                url = record.rec_headers.get_header("WARC-Target-URI") or name
                yield FailedDocument(url, IngestError(
                    f"{url}: page larger than {max_bytes:,} bytes", reason="too_large"), url=url)
                continue
            if isinstance(page, str):
                passed[page.split(" ", 1)[0] if page.startswith("HTTP") else page] += 1
                continue
            url, body, charset = page
            content: bytes | str = body
            if charset:
                try:
                    content = body.decode(charset)
                except (LookupError, UnicodeDecodeError):
                    content = body
            captured = record.rec_headers.get_header("WARC-Date")
            hints = PageHints(meta={"warc": name, "captured": captured})
            yield page_document(content, url=url or None, hints=hints, doc_id=url or None)
    except IngestError as exc:
        yield FailedDocument(name, exc)
        return
    if count == 0:
        yield FailedDocument(name, IngestError(f"{name}: no WARC records found",
                                               reason="bad_archive"))
    if passed:
        log.info("%s: records passed over: %s", name,
                 ", ".join(f"{k} {v}" for k, v in sorted(passed.items())))


def read_warc_file(path: Path) -> Iterator[Document]:
    """The registry reader for ``.warc`` and ``.warc.gz`` files."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield FailedDocument(path.name, InputError(f"{path}: cannot read ({exc.strerror or exc})"))
        return
    with stream:
        yield from iter_warc(stream, name=path.name)

