"""``dateline extract --workers N`` runs the local engine (N processes, each with the whole
pipeline): the same records, in the same order, as one process; a bad line still gets its own
error record."""

from __future__ import annotations

import io
import json
from pathlib import Path

from dateline.jobs.extract import extract_to

REPORTS = [
    "ASTANA, March 4. Kazakh Foreign Minister Aidar Sultanov met with his Kyrgyz counterpart "
    "Ruslan Omurov in Astana on Tuesday to discuss border demarcation.",
    "TASHKENT, March 5. Uzbek President Bakhtiyor Karimov will pay a state visit to Turkmenistan "
    "next week at the invitation of President Serdar Nurov.",
    "BAKU, March 6. Azerbaijan and Georgia signed a memorandum on railway transit in Baku on "
    "Wednesday, the ministry said.",
    "DUSHANBE, March 7. Tajik Prime Minister Farrukh Rahimov held a telephone conversation with "
    "Russian Prime Minister Pavel Orlov on Thursday.",
    "MINSK, March 8. Belarusian Defence Minister Oleg Sidorenko arrived in Beijing on an official "
    "visit and held talks with Chinese Defence Minister Zhang Wei.",
]


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "wire.jsonl"
    lines = []
    for n in range(4):  # enough chunks for both workers
        for i, text in enumerate(REPORTS):
            lines.append(json.dumps({"id": f"r{n}-{i}", "text": text,
                                     "published": f"2025-03-0{4 + i}"}))
    lines.insert(7, '{"id": "broken", "text": ')  # a bad line in the middle
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_workers_write_the_records_of_one(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    one, two = io.StringIO(), io.StringIO()
    stats_one = extract_to([str(corpus)], one, workers=1)
    stats_two = extract_to([str(corpus)], two, workers=2)
    assert two.getvalue() == one.getvalue()
    assert stats_two.documents == stats_one.documents == 21
    assert stats_two.failed == stats_one.failed == 1
    records = [json.loads(line) for line in two.getvalue().splitlines()]
    assert [r["id"] for r in records][:3] == ["r0-0", "r0-1", "r0-2"]
    assert records[7]["error"] is not None
    assert any(e["kind"] == "call" for r in records for e in r.get("events") or [])
