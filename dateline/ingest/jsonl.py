"""JSON Lines documents: one object per line with ``text`` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from dateline.article import Article, FailedDocument
from dateline.errors import EmptyDocumentError, MalformedInputError

__all__ = ["article_from_object", "iter_jsonl", "iter_jsonl_lines"]

_META = ("url", "published", "source", "title", "language")


def article_from_object(obj: Any, *, default_id: str) -> Article:
    """Validate one decoded JSON object and turn it into an Article."""
    if not isinstance(obj, dict):
        raise MalformedInputError(f"{default_id}: expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if text is None:
        raise MalformedInputError(f"{default_id}: the object has no 'text' field")
    if not isinstance(text, str):
        raise MalformedInputError(f"{default_id}: 'text' must be a string")
    if not text.strip():
        raise EmptyDocumentError(f"{default_id}: 'text' is empty")
    doc_id = obj.get("id")
    meta = {key: obj.get(key) for key in _META}
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
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
        language=meta["language"],
    )


def iter_jsonl(stream: IO[bytes], *, stem: str) -> Iterator[Article | FailedDocument]:
    """Yield an Article per line, or a FailedDocument for a line that cannot be used.

    Ids default to ``{stem}:{line number}``. Blank lines are skipped.
    """
    yield from iter_jsonl_lines(enumerate(stream, start=1), stem=stem)


def iter_jsonl_lines(lines: Iterable[tuple[int, bytes]], *, stem: str
                     ) -> Iterator[Article | FailedDocument]:
    """Parse numbered JSON Lines: a range of a file gets the ids and errors the whole file gives it."""
    for number, raw in lines:
        default_id = f"{stem}:{number}"
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield FailedDocument(default_id, MalformedInputError(
                f"{default_id}: line is not valid UTF-8 (offset {exc.start})"))
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield FailedDocument(default_id, MalformedInputError(
                f"{default_id}: not valid JSON ({exc.msg} at column {exc.colno})"))
            continue
        try:
            yield article_from_object(obj, default_id=default_id)
        except (MalformedInputError, EmptyDocumentError) as exc:
            yield FailedDocument(str(obj.get("id") or default_id) if isinstance(obj, dict)
                                 else default_id, exc)
