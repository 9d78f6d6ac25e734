"""HTTP response bodies: capped decompression, media types and content sniffing.

The size cap applies to the *decompressed* bytes: a small gzip body that expands past it is
refused while it is being read, never held in memory whole.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable

from dateline.errors import FetchError

__all__ = ["Kind", "kind_of_media_type", "media_type", "read_capped", "sniff"]

Kind = str  # "html", "feed", "robots" (any text), "generic" or "other"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                        "application/xml", "text/xml", "application/x-rss+xml",
                        "application/feed+xml"})
GENERIC_TYPES = frozenset({"", "text/plain", "application/octet-stream", "binary/octet-stream",
                           "application/x-unknown", "unknown/unknown"})
_ENCODINGS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS,
              "deflate": zlib.MAX_WBITS}


def media_type(content_type: str | None) -> tuple[str, str | None]:
    """``"text/html; charset=UTF-8"`` -> ``("text/html", "utf-8")``."""
    if not content_type:
        return "", None
    kind, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return kind.strip().lower(), charset


def kind_of_media_type(mtype: str) -> Kind:
    """What a declared media type promises: ``html``, ``feed``, ``generic`` (must sniff), ``other``."""
    if mtype in HTML_TYPES:
        return "html"
    if mtype in FEED_TYPES or mtype.endswith(("+xml", "/xml")):
        return "feed"
    if mtype in GENERIC_TYPES or mtype.startswith("text/"):
        return "generic"
    return "other"


def sniff(data: bytes) -> Kind:
    """What the first bytes look like: ``html``, ``feed``, ``pdf``, ``binary`` or ``text``."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf"):
        return "pdf"
    if b"\x00" in head:
        return "binary"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if any(marker in head for marker in (b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if b"<html" in head[:512]:
        return "html"
    if head.startswith((b"<!doctype", b"<head", b"<body", b"<meta", b"<title")):
        return "html"
    return "text"


class _Decoder:
    """Incremental decoder for one Content-Encoding, bounded by ``budget`` output bytes."""

    def __init__(self, encoding: str, name: str) -> None:
        self.encoding = encoding
        self.name = name
        if encoding in ("", "identity"):
            self._obj = None
        elif encoding in _ENCODINGS:
            self._obj = zlib.decompressobj(_ENCODINGS[encoding])
        else:
            raise FetchError(f"{name}: unsupported Content-Encoding {encoding!r}",
                             reason="decoding")
        self._raw_deflate_tried = False

    def decode(self, chunk: bytes, budget: int) -> bytes:
        if self._obj is None:
            return chunk
        try:
            out = self._obj.decompress(chunk, budget)
        except zlib.error as exc:
            if self.encoding == "deflate" and not self._raw_deflate_tried:
                self._raw_deflate_tried = True  # servers send raw deflate as "deflate"
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.decode(chunk, budget)
            raise FetchError(f"{self.name}: corrupt {self.encoding} body ({exc})",
                             reason="decoding") from exc
        if self._obj.eof and self._obj.unused_data and len(out) < budget:
            rest = self._obj.unused_data  # a further gzip member
            self._obj = zlib.decompressobj(_ENCODINGS.get(self.encoding, zlib.MAX_WBITS))
            out += self.decode(rest, budget - len(out))
        return out


def read_capped(chunks: Iterable[bytes], *, encoding: str | None, cap: int, name: str,
                deadline: float | None = None) -> bytes:
    """Join raw ``chunks``, decoding ``encoding`` (gzip/deflate) and refusing more than ``cap``
    decoded bytes (:class:`FetchError` reason ``too_large``) or reading past ``deadline``
    (a ``time.monotonic()`` value; reason ``timeout``)."""
    layers = [e.strip().lower() for e in (encoding or "").split(",") if e.strip()]
    if len(layers) > 1:
        raise FetchError(f"{name}: stacked Content-Encoding {encoding!r}", reason="decoding")
    decoder = _Decoder(layers[0] if layers else "", name)
    parts: list[bytes] = []
    total = 0
    for chunk in chunks:
        out = decoder.decode(chunk, cap - total + 1)
        total += len(out)
        if total > cap:
            raise FetchError(f"{name}: response larger than {cap} bytes", reason="too_large")
        parts.append(out)
        if deadline is not None and time.monotonic() > deadline:
            raise FetchError(f"{name}: response took too long to arrive", reason="timeout")
    return b"".join(parts)
