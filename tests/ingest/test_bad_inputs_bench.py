"""The short, seeded run of ``bench/robustness.py`` (issue 15): bad and odd inputs of every kind
but the long documents, three files a group, through the real `dateline extract` and `dateline
ingest` processes: no run aborts, no document is lost. The full run (1,900 files, documents up to
1 MB, the per-file times) is the bench's, its figures in the README."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import robustness  # noqa: E402
import robustness_inputs  # noqa: E402

GROUPS = ["text", "unicode", "dates", "jsonl", "huge-lines", "html", "warc", "feeds", "punctuation"]


def test_a_sample_is_drawn_from_each_group_with_the_seed(tmp_path: Path) -> None:
    first = robustness_inputs.generate(tmp_path / "a", 15, ["jsonl", "html"], sample=3)
    again = robustness_inputs.generate(tmp_path / "b", 15, ["jsonl", "html"], sample=3)
    for one, two in zip(first, again, strict=True):
        assert sorted(p.name for p in one.folder.iterdir()) == sorted(p.name for p in two.folder.iterdir())
        assert one.files == 3 and one.documents == sum(one.counts.values()) >= 3


def test_bad_inputs_abort_nothing_and_lose_nothing(tmp_path: Path) -> None:
    out = tmp_path / "robustness.json"
    code = robustness.main(["--only", *GROUPS, "--sample", "3", "--seed", "15", "--no-scaling",
                            "--no-slow", "--timeout", "300", "--out", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    totals = data["totals"]
    assert len(data["groups"]) == len(GROUPS) and totals["runs"] == 2 * len(GROUPS)
    assert totals["documents"] >= 3 * len(GROUPS)
    assert totals["aborted_runs"] == 0, [g["group"] for g in data["groups"]
                                         if robustness.aborted(g["extract"]) or robustness.aborted(g["ingest"])]
    assert totals["lost_extract"] == 0 and totals["lost_ingest"] == 0
    assert code == 0
