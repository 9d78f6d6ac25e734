"""The short, in-process run of bench/language_id.py: Dateline's detector on the paragraphs."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_language_bench_scores_dateline_detector() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import language_id
    finally:
        sys.path.remove(str(BENCH))
    result = language_id.measure("dateline", rounds=1)
    assert result["paragraphs"] == len(language_id.paragraphs()) >= 60
    assert result["decision"] == 1.0 and result["exact"] >= 0.98
    assert result["other_as_ru"] == 0 and result["ru_missed"] == 0
    assert language_id.decision("und") == "en" and language_id.decision("kk") == "other"
