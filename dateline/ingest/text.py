"""Plain-text documents: ``*.txt`` files and folders of them."""

from __future__ import annotations

from pathlib import Path

from dateline.article import Article
from dateline.errors import BinaryDocumentError, EmptyDocumentError, InputError

__all__ = ["decode_text", "read_text_file"]

_MAX_CONTROL_RATIO = 0.05


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
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return Article(text=decode_text(data, name=str(path)), id=path.stem)
