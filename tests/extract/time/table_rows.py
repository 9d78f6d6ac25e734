"""Rows of the time tables (``time_table.tsv``, ``time_table_ru.tsv``): a publication date, the
expression, its expected start and end ("-" for things that are not dates) and the sentence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Row:
    line: int
    published: date
    target: str
    start: str | None
    end: str | None
    sentence: str


def read_rows(table: Path) -> tuple[Row, ...]:
    out = []
    for n, raw in enumerate(table.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        published, target, start, end, sentence = raw.split("\t")
        assert target in sentence, f"line {n}: target not in sentence"
        start_v = None if start == "-" else start
        end_v = None if start == "-" else (end or start)
        out.append(Row(n, date.fromisoformat(published), target, start_v, end_v, sentence))
    return tuple(out)
