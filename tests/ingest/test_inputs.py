"""The one reader of inputs: each input read once, and a progress estimate from what was read."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from dateline.article import Article, FailedDocument
from dateline.ingest import inputs
from dateline.ingest.inputs import Inputs, iter_documents, stdin_documents


def _jsonl(path: Path, n: int, blank_every: int = 0) -> Path:
    lines = []
    for i in range(n):
        lines.append(json.dumps({"id": f"d{i}", "text": f"Text number {i} " * (1 + i % 3)}))
        if blank_every and i % blank_every == 0:
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_text_files_are_counted_from_the_listing(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.html"):
        (tmp_path / name).write_text("<p>Some text.</p>" if name.endswith("html") else "Text.",
                                     encoding="utf-8")
    reader = Inputs([str(tmp_path)])
    assert reader.expected() == 3  # before anything is read
    assert len(list(reader)) == 3 and reader.expected() == 3


def test_json_lines_are_estimated_while_read_and_exact_at_the_end(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "docs.jsonl", 40, blank_every=7)
    (tmp_path / "one.txt").write_text("Text.", encoding="utf-8")
    reader = Inputs([str(path), str(tmp_path / "one.txt")])
    assert reader.expected() is None  # nothing read yet: unknown
    seen = []
    for document in reader:
        seen.append(reader.expected())
        assert isinstance(document, Article)
    assert all(e is not None and 30 <= e <= 60 for e in seen[:40])  # from the first line on
    assert reader.read == 41 and reader.expected() == 41


@pytest.mark.parametrize("paths", [["-"], ["https://example.org/feed.xml"]])
def test_streams_and_urls_leave_the_total_unknown(paths: list[str]) -> None:
    assert Inputs(paths).expected() is None


def test_each_input_is_opened_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _jsonl(tmp_path / "docs.jsonl", 5)
    opened: list[Path] = []
    real_open = Path.open

    def counting_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", counting_open)
    reader = Inputs([str(path)])
    for _ in reader:
        reader.expected()
    assert opened == [path]


def test_stdin_is_json_lines_or_one_text() -> None:
    lines = b'{"id": "x", "text": "Hello."}\n\nnot json\n'
    docs = list(stdin_documents(io.BytesIO(lines)))
    assert [d.id for d in docs] == ["x", "stdin:3"] and isinstance(docs[1], FailedDocument)
    [text] = list(stdin_documents(io.BufferedReader(io.BytesIO(b"BAKU, May 1. Text.")),
                                  text=True))
    assert isinstance(text, Article) and text.id == "stdin"
    [jsonl] = list(stdin_documents(io.BufferedReader(io.BytesIO(lines[:30])), text=True))
    assert jsonl.id == "x"


def test_named_files_read_as_json_lines_with_jsonl(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "docs.data", 3)
    assert [d.id for d in iter_documents([str(path)], jsonl=True)] == ["d0", "d1", "d2"]
    [whole] = list(iter_documents([str(path)]))  # by suffix: one text document
    assert whole.id == "docs"


def test_an_unreadable_json_lines_file_is_one_failed_document(tmp_path: Path) -> None:
    [failed] = list(inputs.jsonl_file(tmp_path / "gone.jsonl"))
    assert isinstance(failed, FailedDocument) and "cannot read" in str(failed.error)


def test_a_reader_that_fails_ends_its_file_only(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug a hostile file finds in a reader costs that file's remaining documents, with an
    error record, never the documents of the files after it."""
    from dateline.ingest import registry

    def brittle(path: Path):  # type: ignore[no-untyped-def]
        yield Article(text="First page.", id=f"{path.stem}-1")
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setitem(registry.HANDLERS, ".html", brittle)
    (tmp_path / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("BAKU, May 1. Text.", encoding="utf-8")
    docs = list(iter_documents([str(tmp_path)]))
    assert [d.id for d in docs] == ["a-1", "a", "b"]
    assert isinstance(docs[1], FailedDocument) and "RecursionError" in str(docs[1].error)


def test_a_text_file_past_the_byte_cap_is_refused_unread(tmp_path: Path) -> None:
    from dateline.ingest.text import MAX_TEXT_BYTES

    path = tmp_path / "big.txt"
    with path.open("wb") as out:
        out.truncate(MAX_TEXT_BYTES + 1)
    [doc] = list(iter_documents([str(path)]))
    assert isinstance(doc, FailedDocument) and "too long" in str(doc.error)
    big = io.BufferedReader(io.BytesIO(b"BAKU. " + b"x" * MAX_TEXT_BYTES))  # type: ignore[arg-type]
    [stdin] = list(stdin_documents(big, text=True))
    assert isinstance(stdin, FailedDocument) and "too long" in str(stdin.error)
