"""JSON Lines: every line gets a document or an error record, whatever it holds."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from dateline.article import Article, FailedDocument
from dateline.errors import MalformedInputError
from dateline.ingest.inputs import iter_documents
from dateline.ingest.jsonl import TooLong, iter_jsonl, read_lines

VISIT = "BAKU, Azerbaijan, May 1. Kazakh Foreign Minister Murat Nurtleu met Ilham Aliyev."


def _read(data: bytes) -> list[Article | FailedDocument]:
    return list(iter_jsonl(io.BytesIO(data), stem="d"))


def _doc(i: int) -> str:
    return json.dumps({"id": f"n{i}", "text": f"{VISIT} Report {i}."})


def test_deep_nesting_is_an_error_of_its_line_and_the_next_line_is_read() -> None:
    data = ("[" * 100_000 + "]" * 100_000 + "\n" + _doc(1) + "\n").encode()
    bad, good = _read(data)
    assert isinstance(bad, FailedDocument) and isinstance(bad.error, MalformedInputError)
    assert bad.id == "d:1" and "nested too deeply" in str(bad.error)
    assert isinstance(good, Article) and good.id == "n1"


def test_an_id_of_five_thousand_digits_is_kept_as_text() -> None:
    [doc] = _read(('{"id":' + "9" * 5000 + ',"text":"Putin met Xi."}\n').encode())
    assert isinstance(doc, Article) and doc.id == "9" * 5000


def test_a_number_too_long_for_a_text_field_is_not_text() -> None:
    [doc] = _read(('{"id":"x","text":' + "7" * 5000 + '}\n').encode())
    assert isinstance(doc, FailedDocument) and "'text' must be a string" in str(doc.error)


def test_lone_surrogates_become_replacement_characters_at_the_same_offsets() -> None:
    [doc] = _read(b'{"id":"\\udc00","text":"Putin \\ud800met Xi.","title":"\\udfff"}\n')
    assert isinstance(doc, Article)
    assert doc.id == "\ufffd" and doc.title == "\ufffd"
    assert doc.text == "Putin \ufffdmet Xi." and len(doc.text) == len("Putin Xmet Xi.")
    doc.text.encode("utf-8")  # writable as UTF-8
    [pair] = _read(b'{"text":"Smile \\ud83d\\ude00 please"}\n')  # a real pair is one character
    assert isinstance(pair, Article) and pair.text == "Smile \U0001F600 please"


@pytest.mark.parametrize("separator", ["\r", "\u2028", "\u2029", "\x85"])
def test_objects_separated_by_other_line_ends_are_each_a_document(separator: str) -> None:
    line = separator.join(_doc(i) for i in range(10))
    docs = _read((line + "\n" + _doc(99) + "\n").encode())
    assert [d.id for d in docs] == [f"n{i}" for i in range(10)] + ["n99"]
    assert all(isinstance(d, Article) for d in docs)


def test_line_separators_inside_strings_stay_in_the_text() -> None:
    text = f"{VISIT}\u2028Second paragraph.\x85Third\rline."
    [doc] = _read((json.dumps({"id": "x", "text": text}, ensure_ascii=False) + "\n").encode())
    assert isinstance(doc, Article) and doc.text == text


def test_thirty_documents_split_by_cr_ls_and_nel_give_thirty_records(tmp_path: Path) -> None:
    docs = [json.dumps({"text": f"{VISIT} Number {i}."}) for i in range(30)]
    path = tmp_path / "sep.jsonl"
    path.write_text("\r".join(docs[:10]) + "\n" + "\u2028".join(docs[10:20]) + "\n"
                    + "\x85".join(docs[20:]) + "\n", encoding="utf-8")
    read = list(iter_documents([str(path)]))
    assert len(read) == 30 and all(isinstance(d, Article) for d in read)
    assert read[0].id == "sep:1.1" and read[29].id == "sep:3.10"


def test_a_broken_object_among_separated_ones_is_its_own_error() -> None:
    line = "\r".join([_doc(1), '{"text": broken', _doc(3)])
    docs = _read((line + "\n").encode())
    assert [type(d).__name__ for d in docs] == ["Article", "FailedDocument", "Article"]
    assert docs[1].id == "d:1.2"


def test_text_after_an_object_without_a_line_end_is_malformed() -> None:
    [doc] = _read((_doc(1) + " trailing words\n").encode())
    assert isinstance(doc, FailedDocument) and "Extra data" in str(doc.error)


def test_a_line_past_the_cap_is_passed_over_unread() -> None:
    stream = io.BytesIO(b"x" * 5000 + b"\n" + b'{"text": "ok"}\n' + b"y" * 3000)
    lines = list(read_lines(stream, cap=1000))
    assert lines == [TooLong(5001), b'{"text": "ok"}\n', TooLong(3000)]


def test_a_huge_line_gets_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as out:
        out.write(b'{"text": "' + b"a" * 12_000_000 + b'"}\n')
        out.write((_doc(2) + "\n").encode())
    bad, good = list(iter_documents([str(path)]))
    assert isinstance(bad, FailedDocument) and "longer than the limit" in str(bad.error)
    assert isinstance(good, Article) and good.id == "n2"
