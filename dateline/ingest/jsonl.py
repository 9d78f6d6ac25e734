"""JSON Lines documents: one object per line with ``text`` and optional metadata.

Lines end at ``\\n`` (``\\r\\n`` too) and nowhere else: a JSON string may hold U+2028, U+2029
or NEL unescaped, so splitting on them would cut documents in two. A line that holds several
objects separated by CR, U+2028, U+2029 or NEL (files written by tools that end lines so)
yields each of them, with ids ``stem:line.1``, ``stem:line.2``...

Whatever a line holds, it gets a document or an error record and the reading goes on: a line
longer than :data:`MAX_LINE_BYTES` is skipped without being held in memory, JSON nested too
deeply for the parser, numbers too long to convert and invalid UTF-8 are errors of that line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from dateline.article import Article, FailedDocument
from dateline.errors import EmptyDocumentError, MalformedInputError
from dateline.ingest.language import detect_language

__all__ = ["MAX_LINE_BYTES", "Line", "TooLong", "article_from_object", "is_blank",
           "iter_jsonl", "iter_jsonl_lines", "line_size", "read_lines"]

_META = ("url", "published", "source", "title", "language")
# A line may hold a document of the longest length extracted (1,000,000 characters) written
# with escapes, and its metadata.
MAX_LINE_BYTES = 10_000_000
_CHUNK = 1 << 20
_BREAKS = "\r\u2028\u2029\x85"  # line ends of other systems: separate objects on one line
_SPACE = " \t\n" + _BREAKS
_MAX_DIGITS = 4000  # below Python's int conversion limit (4,300 digits)


@dataclass(frozen=True, slots=True)
class TooLong:
    """A line longer than the cap, passed over unread: its size in bytes."""

    size: int


Line = bytes | TooLong


def line_size(line: Line) -> int:
    return line.size if isinstance(line, TooLong) else len(line)


def is_blank(line: Line) -> bool:
    return not isinstance(line, TooLong) and not line.strip()


def read_lines(stream: IO[bytes], *, cap: int = MAX_LINE_BYTES) -> Iterator[Line]:
    """The lines of a binary stream (``\\n`` kept), none held longer than ``cap`` bytes: a
    longer one is read through in chunks and yielded as :class:`TooLong`."""
    while True:
        raw = stream.readline(cap + 1)
        if not raw:
            return
        if len(raw) <= cap or raw.endswith(b"\n"):
            yield raw
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = stream.readline(_CHUNK)
            if not raw:
                break
            size += len(raw)
        yield TooLong(size)


class _BigNumber(str):
    """The digits of an integer too long to convert (kept as text: an id may be one)."""


def _parse_int(digits: str) -> int | str:
    return int(digits) if len(digits) <= _MAX_DIGITS else _BigNumber(digits)


_DECODER = json.JSONDecoder(parse_int=_parse_int)


def _is_str(value: Any) -> bool:
    return isinstance(value, str) and not isinstance(value, _BigNumber)


def article_from_object(obj: Any, *, default_id: str) -> Article:
    """Validate one decoded JSON object and turn it into an Article.

    Its ``language`` is the text's when the text can tell, else the object's ``language``.
    """
    if not isinstance(obj, dict):
        raise MalformedInputError(f"{default_id}: expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if text is None:
        raise MalformedInputError(f"{default_id}: the object has no 'text' field")
    if not _is_str(text):
        raise MalformedInputError(f"{default_id}: 'text' must be a string")
    if not text.strip():
        raise EmptyDocumentError(f"{default_id}: 'text' is empty")
    doc_id = obj.get("id")
    meta = {key: obj.get(key) for key in _META}
    for key, value in meta.items():
        if value is not None and not _is_str(value):
            raise MalformedInputError(f"{default_id}: '{key}' must be a string")
    published = meta["published"]
    if published:
        published = published[:10]
    return Article(
        text=text,
        id=str(doc_id) if doc_id is not None else default_id,
        url=meta["url"],
        published=published,
        source=meta["source"],
        title=meta["title"],
        language=detect_language(text, meta["language"]).code,
    )


def iter_jsonl(stream: IO[bytes], *, stem: str) -> Iterator[Article | FailedDocument]:
    """Yield an Article per line, or a FailedDocument for a line that cannot be used.

    Ids default to ``{stem}:{line number}``. Blank lines are skipped.
    """
    yield from iter_jsonl_lines(enumerate(read_lines(stream), start=1), stem=stem)


def iter_jsonl_lines(lines: Iterable[tuple[int, Line]], *, stem: str
                     ) -> Iterator[Article | FailedDocument]:
    """Parse numbered JSON Lines: a range of a file gets the ids and errors the whole file gives it."""
    for number, raw in lines:
        default_id = f"{stem}:{number}"
        if isinstance(raw, TooLong):
            yield FailedDocument(default_id, MalformedInputError(
                f"{default_id}: line of {raw.size:,} bytes, longer than the limit of "
                f"{MAX_LINE_BYTES:,}"))
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")  # a byte order mark opening the file
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield FailedDocument(default_id, MalformedInputError(
                f"{default_id}: line is not valid UTF-8 (offset {exc.start})"))
            continue
        yield from _line_documents(line, default_id)


def _line_documents(line: str, default_id: str) -> Iterator[Article | FailedDocument]:
    values = _values(line, default_id)
    several = len(values) > 1
    for index, value in enumerate(values, start=1):
        value_id = f"{default_id}.{index}" if several else default_id
        if isinstance(value, MalformedInputError):
            yield FailedDocument(value_id, value)
            continue
        try:
            yield article_from_object(value, default_id=value_id)
        except (MalformedInputError, EmptyDocumentError) as exc:
            doc_id = value.get("id") if isinstance(value, dict) else None
            yield FailedDocument(str(doc_id) if doc_id else value_id, exc)


def _values(line: str, default_id: str) -> list[Any]:
    """The JSON values of one line: one, or several separated by CR/U+2028/U+2029/NEL; a value
    that cannot be decoded is a MalformedInputError in its place."""
    try:
        return [_decode(line, default_id)]
    except _ExtraData as extra:
        first, position = extra.value, extra.position
    except MalformedInputError as exc:
        return [exc]
    values: list[Any] = [first]
    while True:
        gap_end = _skip_space(line, position)
        if gap_end == len(line):
            return values
        if not any(ch in _BREAKS for ch in line[position:gap_end]):
            return [MalformedInputError(f"{default_id}: not valid JSON (Extra data at column "
                                        f"{gap_end + 1})")]
        try:
            value, position = _raw_decode(line, gap_end, f"{default_id}.{len(values) + 1}")
        except MalformedInputError as exc:
            values.append(exc)
            following = [line.find(ch, gap_end) for ch in _BREAKS]
            position = min((p for p in following if p >= 0), default=len(line))
            continue
        values.append(value)


class _ExtraData(Exception):
    def __init__(self, value: Any, position: int) -> None:
        super().__init__("extra data")
        self.value, self.position = value, position


def _skip_space(line: str, position: int) -> int:
    while position < len(line) and line[position] in _SPACE:
        position += 1
    return position


def _decode(line: str, name: str) -> Any:
    """One JSON value filling the line (raises _ExtraData when more follows)."""
    value, end = _raw_decode(line, _skip_space(line, 0), name)
    if _skip_space(line, end) < len(line):
        raise _ExtraData(value, end)
    return value


def _raw_decode(line: str, position: int, name: str) -> tuple[Any, int]:
    try:
        value, end = _DECODER.raw_decode(line, position)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(f"{name}: not valid JSON ({exc.msg} at column {exc.colno})"
                                  ) from exc
    except RecursionError as exc:
        raise MalformedInputError(f"{name}: not valid JSON (nested too deeply)") from exc
    except ValueError as exc:  # a number the parser refuses
        raise MalformedInputError(f"{name}: not valid JSON ({exc})") from exc
    return value, end
