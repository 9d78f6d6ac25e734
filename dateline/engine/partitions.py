"""Input partitions: the units of work the engines hand to workers.

A :class:`Partition` names a slice of the input that a worker can read on its own: a few text
or HTML files, one WARC or feed file (or URL), a range of lines of a JSON Lines file, or lines
read from stdin. :func:`plan_partitions` cuts the inputs lazily (a JSON Lines file is scanned
once, for line boundaries, not parsed); :func:`read_partition` yields the partition's documents
exactly as :func:`dateline.ingest.iter_documents` would (same ids, same errors).

A partition's ``name`` is stable across runs over the same inputs, so finished partitions can be
skipped when a run is resumed.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from dateline.article import Article, FailedDocument
from dateline.errors import EngineError
from dateline.ingest.inputs import (
    JSONL_SUFFIXES,
    SINGLE_SUFFIXES,
    expand_paths,
    is_url,
    iter_documents,
    jsonl_lines,
    jsonl_range,
)
from dateline.ingest.jsonl import Line, is_blank, line_size, read_lines

__all__ = ["DOCS_PER_PARTITION", "Partition", "plan_partitions", "read_partition"]

Document = Article | FailedDocument
DOCS_PER_PARTITION = 64


@dataclass(frozen=True, slots=True)
class Partition:
    """A slice of the input: ``kind`` is ``files``, ``jsonl`` (a line range) or ``lines``."""

    index: int
    kind: str
    paths: tuple[str, ...] = ()
    start: int = 0  # jsonl: byte offsets [start, end) and the number of the first line
    end: int = 0
    first_line: int = 1
    lines: tuple[Line, ...] = ()  # lines: JSON Lines read from stdin
    stem: str = ""
    fingerprint: str = ""
    size: int | None = None  # documents it holds, when known without reading it


    @property
    def name(self) -> str:
        """``part-000042-<digest>``: the position in the plan and a digest of what it holds."""
        digest = hashlib.sha1(
            repr((self.kind, self.paths, self.start, self.end, self.first_line,
                  self.fingerprint)).encode("utf-8"))
        if self.lines:
            for line in self.lines:
                digest.update(line if isinstance(line, bytes) else repr(line).encode())
        return f"part-{self.index:06d}-{digest.hexdigest()[:10]}"


def plan_partitions(paths: Iterable[str], *, docs_per_partition: int = DOCS_PER_PARTITION,
                    stdin: IO[bytes] | None = None) -> Iterator[Partition]:
    """Cut the inputs (files, folders, URLs, ``-``) into partitions, in input order."""
    size = max(1, docs_per_partition)
    index = 0
    group: list[str] = []
    prints: list[str] = []

    def flush() -> Iterator[Partition]:
        nonlocal index, group, prints
        if group:
            yield Partition(index, "files", tuple(group), fingerprint=";".join(prints),
                            size=len(group))
            index += 1
            group, prints = [], []

    for item in expand_paths(list(paths)):
        if item == "-":
            yield from flush()
            for part in _stdin_partitions(stdin or sys.stdin.buffer, size, index):
                yield part
                index += 1
            continue
        if isinstance(item, str) and is_url(item):
            yield from flush()
            yield Partition(index, "files", (item,))
            index += 1
            continue
        path = Path(item)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from flush()
            for start, end, first, count in _line_ranges(path, size):
                yield Partition(index, "jsonl", (str(path),), start, end, first, stem=path.stem,
                                fingerprint=_fingerprint(path), size=count)
                index += 1
        elif suffix in SINGLE_SUFFIXES:
            group.append(str(path))
            prints.append(_fingerprint(path))
            if len(group) >= size:
                yield from flush()
        else:  # WARC archives, feeds: many documents in one file, read by one worker
            yield from flush()
            yield Partition(index, "files", (str(path),), fingerprint=_fingerprint(path))
            index += 1
    yield from flush()


def read_partition(part: Partition) -> Iterator[Document]:
    """The documents of ``part``, as :func:`dateline.ingest.inputs.iter_documents` reads them."""
    if part.kind == "files":
        yield from iter_documents(list(part.paths))
    elif part.kind == "jsonl":
        yield from jsonl_range(Path(part.paths[0]), part.start, part.end, part.first_line,
                               stem=part.stem)
    elif part.kind == "lines":
        yield from jsonl_lines(part.lines, part.first_line, stem="stdin")
    else:
        raise EngineError(f"unknown partition kind {part.kind!r}")


def _line_ranges(path: Path, size: int) -> Iterator[tuple[int, int, int, int]]:
    """Byte ranges of ``size`` non-blank lines each: (start, end, number of the first line,
    non-blank lines)."""
    start = position = 0
    first = number = 1
    count = 0
    try:
        with path.open("rb") as stream:
            for raw in read_lines(stream):
                position += line_size(raw)
                number += 1
                if not is_blank(raw):
                    count += 1
                if count >= size:
                    yield start, position, first, count
                    start, first, count = position, number, 0
    except OSError:
        pass  # the reader reports it, in the partition
    if count or start == 0:
        yield start, max(position, start), first, count


def _stdin_partitions(stream: IO[bytes], size: int, index: int) -> Iterator[Partition]:
    """Partitions of JSON Lines read from stdin (the lines travel with the partition)."""
    lines: list[Line] = []
    first = number = 1
    count = 0
    for raw in read_lines(stream):
        lines.append(raw)
        number += 1
        count += not is_blank(raw)
        if count >= size:
            yield Partition(index, "lines", lines=tuple(lines), first_line=first, size=count)
            index += 1
            lines, first, count = [], number, 0
    if count:
        yield Partition(index, "lines", lines=tuple(lines), first_line=first, size=count)


def _fingerprint(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return "missing"
    return f"{stat.st_size}:{stat.st_mtime_ns}"
