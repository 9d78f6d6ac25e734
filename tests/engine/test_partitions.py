"""Partitions read exactly what ``iter_documents`` reads: same documents, ids and errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from dateline.article import Article, FailedDocument
from dateline.engine.partitions import plan_partitions, read_partition
from dateline.ingest import iter_documents

LINES = [
    b'{"id": "a", "text": "ASTANA, May 2 - The ministers met."}\n',
    b"\n",
    b'{"text": "No id here: the line number names it."}\n',
    b"not json at all\n",
    b'{"id": "b", "text": "  "}\n',
    b'{"text": 5}\n',
    b"\xff\xfe broken utf-8\n",
    b"   \n",
    b'{"id": "c", "text": "BAKU, June 1 - A visit.", "url": "https://example.test/c"}\n',
    b'{"text": "The last line has no newline."}',
]


def _view(doc: Article | FailedDocument) -> tuple[object, ...]:
    if isinstance(doc, FailedDocument):
        return ("failed", doc.id, type(doc.error).__name__, str(doc.error))
    return ("article", doc.id, doc.text, doc.url, doc.published)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "feed.jsonl").write_bytes(b"".join(LINES))
    (tmp_path / "empty.jsonl").write_bytes(b"")
    for name in ("one", "two", "three"):
        (tmp_path / f"{name}.txt").write_text(f"LONDON, March 3 - Story {name}.\n",
                                              encoding="utf-8")
    (tmp_path / "blank.txt").write_text("   \n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("size", [1, 2, 3, 64])
def test_partitions_read_what_iter_documents_reads(corpus: Path, size: int) -> None:
    expected = [_view(d) for d in iter_documents([str(corpus)])]
    parts = list(plan_partitions([str(corpus)], docs_per_partition=size))
    got = [_view(d) for part in parts for d in read_partition(part)]
    assert got == expected
    assert [p.index for p in parts] == list(range(len(parts)))
    assert len({p.name for p in parts}) == len(parts)


def test_partition_names_are_stable_and_follow_content(corpus: Path) -> None:
    names = [p.name for p in plan_partitions([str(corpus)], docs_per_partition=2)]
    assert names == [p.name for p in plan_partitions([str(corpus)], docs_per_partition=2)]
    (corpus / "feed.jsonl").write_bytes(b"".join(LINES[:3]))
    assert names != [p.name for p in plan_partitions([str(corpus)], docs_per_partition=2)]


def test_stdin_lines_are_numbered_across_partitions() -> None:
    stream = io.BytesIO(b"".join(LINES))
    parts = list(plan_partitions(["-"], docs_per_partition=2, stdin=stream))
    assert all(p.kind == "lines" for p in parts)
    ids = [d.id for part in parts for d in read_partition(part)]
    assert ids[:3] == ["a", "stdin:3", "stdin:4"]
    assert ids[-1] == "stdin:10"
