"""The wire-sentence sets read their text from the shared corpus by position, checked by task hash."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from dateline.evaluate.wire_sentences import WIRE_FILE, load_sentences, read_records

_RECORDS = [
    {"text": "Rebels shelled the northern town overnight, a local official said.", "_task_hash": 11},
    {"text": "The Japanese foreign minister met his Chinese counterpart in Beijing.", "_task_hash": -42},
    {"text": "Officials in Nairobi said the treaty would be signed next month.", "_task_hash": 7},
    {"text": "The two presidents signed a border accord in Quito."},
]


def _corpus(tmp_path: Path, *, one_array: bool = True) -> Path:
    path = tmp_path / "labeled_text.jsonl.zip"
    body = (json.dumps(_RECORDS) if one_array
            else json.dumps(_RECORDS[:2]) + "\n" + json.dumps(_RECORDS[2]) + "\n" + json.dumps(_RECORDS[3]) + "\n")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("labeled_text.jsonl", body)
    return path


def _set(tmp_path: Path, rows: list[tuple[str, int, int | str]], digest: str = "") -> Path:
    folder = tmp_path / "wire_x"
    folder.mkdir()
    lines = ["id\tindex\ttask_hash\ttext_sha1"] + [f"{i}\t{n}\t{h}\t{digest}" for i, n, h in rows]
    (folder / "sentences.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("one_array", [True, False])
def test_records_are_read_in_file_order_whether_one_array_or_a_value_a_line(tmp_path, one_array):
    records = read_records(_corpus(tmp_path, one_array=one_array))
    assert [r.get("_task_hash") for r in records] == [11, -42, 7, None]


def test_sentences_come_in_the_order_of_the_set_with_their_text(tmp_path):
    corpus = _corpus(tmp_path)
    sentences = load_sentences(_set(tmp_path, [("w002", 1, -42), ("w001", 0, 11)]), corpus)
    assert [s.id for s in sentences] == ["w002", "w001"]
    assert sentences[0].text.startswith("The Japanese foreign minister")
    assert sentences[0].as_input() == {"id": "w002", "text": sentences[0].text}


def test_a_record_whose_hash_differs_is_an_error_not_other_text_scored(tmp_path):
    with pytest.raises(ValueError, match="w003: record 2"):
        load_sentences(_set(tmp_path, [("w003", 2, 8)]), _corpus(tmp_path))


def test_a_record_without_a_hash_is_checked_by_the_digest_of_its_text(tmp_path):
    corpus = _corpus(tmp_path)
    text = _RECORDS[3]["text"]
    right = hashlib.sha1(text.encode("utf-8")).hexdigest()
    assert load_sentences(_set(tmp_path, [("w004", 3, "")], right), corpus)[0].text == text
    (tmp_path / "wire_x" / "sentences.tsv").unlink()
    (tmp_path / "wire_x").rmdir()
    with pytest.raises(ValueError, match="SHA-1 differs"):
        load_sentences(_set(tmp_path, [("w004", 3, "")], "0" * 40), corpus)


def test_a_position_past_the_corpus_is_an_error(tmp_path):
    with pytest.raises(KeyError, match="w009: index 4"):
        load_sentences(_set(tmp_path, [("w009", 4, 0)]), _corpus(tmp_path))


@pytest.mark.skipif(not WIRE_FILE.exists(), reason="the shared corpus is beside the checkout in CI")
def test_every_kept_sentence_of_the_sets_is_found_with_its_gold():
    root = Path(__file__).resolve().parents[2] / "evaluate" / "data"
    folders = [f for f in sorted(root.glob("wire_*")) if (f / "sentences.tsv").exists()]
    if not folders:
        pytest.skip("no wire sentence set in this checkout")
    for folder in folders:
        sentences = load_sentences(folder)
        assert sentences and all(s.text.strip() for s in sentences)
        assert {s.id for s in sentences} == {p.stem for p in (folder / "gold").glob("*.json")}
