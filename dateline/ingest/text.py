"""Plain-text documents: ``*.txt`` files and folders of them.

The Article carries the text's language (:func:`~dateline.ingest.language.detect_language`).
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from dateline.article import MAX_CHARS, Article
from dateline.errors import BinaryDocumentError, EmptyDocumentError, InputError
from dateline.ingest.language import detect_language

__all__ = ["MAX_TEXT_BYTES", "decode_text", "read_capped", "read_text_file"]

_MAX_CONTROL_RATIO = 0.05
# No text of MAX_CHARS characters takes more UTF-8 bytes than this: a longer file is refused
# without being read (one of up to this size is read, and its characters counted).
MAX_TEXT_BYTES = 4 * MAX_CHARS


def _too_long(name: str, size: int) -> InputError:
    return InputError(f"{name}: document too long ({size:,} bytes; the limit is "
                      f"{MAX_CHARS:,} characters) - split it into articles")


def read_capped(stream: IO[bytes], *, name: str, cap: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of ``stream``, refusing (InputError) more than ``cap`` without holding them."""
    data = stream.read(cap + 1)
    if len(data) <= cap:
        return data
    size = len(data)
    del data
    while chunk := stream.read(1 << 20):
        size += len(chunk)
    raise _too_long(name, size)


def decode_text(data: bytes, *, name: str = "document") -> str:
    """Decode bytes as UTF-8 text, refusing binary data and invalid UTF-8 with a clear error."""
    if not data.strip():
        raise EmptyDocumentError(f"{name}: the document is empty")
    if b"\x00" in data[:8192]:
        raise BinaryDocumentError(f"{name}: binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc
    text = text.removeprefix("\ufeff")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > _MAX_CONTROL_RATIO * min(len(text), 8192):
        raise BinaryDocumentError(f"{name}: binary data (control characters), not text")
    if not text.strip():
        raise EmptyDocumentError(f"{name}: the document is empty")
    return text


def read_text_file(path: Path) -> Article:
    """Read one ``.txt`` file into an Article whose id is the file stem."""
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise _too_long(str(path), size)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    text = decode_text(data, name=str(path))
    return Article(text=text, id=path.stem, language=detect_language(text).code)
