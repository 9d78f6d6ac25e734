"""The VOA evaluation sets: each passage has its gold, and no two sets share a sentence.

A sentence read while developing on one set must never be part of a check set, so the line
ranges of every VOA set (``passages.tsv``) are disjoint across sets, and the fifteen-sentence
windows of a story set do not overlap each other (the seven-sentence passages of ``voa_dev`` share
six lines among themselves, within the one set).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.evaluate.voa import load_passages

DATA = Path(__file__).resolve().parents[2] / "evaluate" / "data"
SETS = sorted(p.parent.name for p in DATA.glob("voa*/passages.tsv"))


def test_the_story_sets_are_all_found() -> None:
    assert {"voa_dev", "voa_test", "voa_story", "voa_story_dev", "voa_story_dev5", "voa_story_dev6", "voa_story_dev7", "voa_story_dev8"} <= set(SETS)


@pytest.mark.parametrize("name", SETS)
def test_every_passage_has_one_gold_file_and_no_other(name: str) -> None:
    passages = load_passages(DATA / name)
    gold = {p.stem for p in (DATA / name / "gold").glob("*.json")}
    assert {p.id for p in passages} == gold
    for passage in passages:
        assert passage.first <= passage.last
        record = json.loads((DATA / name / "gold" / f"{passage.id}.json").read_text(encoding="utf-8"))
        assert record["id"] == passage.id
        assert isinstance(record["events"], list)


def test_no_sentence_is_in_two_sets() -> None:
    owner: dict[int, str] = {}
    for name in SETS:
        mine: dict[int, str] = {}
        for passage in load_passages(DATA / name):
            for line in range(passage.first, passage.last + 1):
                assert line not in owner, f"line {line}: {owner[line]} and {name}/{passage.id}"
                mine[line] = f"{name}/{passage.id}"
        owner.update(mine)


@pytest.mark.parametrize("name", [n for n in SETS if n.startswith("voa_story")])
def test_the_windows_of_a_story_set_do_not_overlap(name: str) -> None:
    lines = [line for p in load_passages(DATA / name) for line in range(p.first, p.last + 1)]
    assert len(lines) == len(set(lines))
