"""Table-driven test: time expressions in context (time_table.tsv) -> expected start/end.

Every row is a sentence in wire-report style, its publication date, the expression and the
expected value ("-" for things that are not dates). Both readers of the clause tense are
checked: the words of the sentence (``find_times``) and the spaCy parse (``find_times_in_doc``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from table_rows import Row, read_rows

from dateline.extract.time import find_times, find_times_in_doc
from dateline.record import TimeMention

TABLE = Path(__file__).with_name("time_table.tsv")
THRESHOLD = 0.97


@cache
def rows() -> tuple[Row, ...]:
    return read_rows(TABLE)


def check(row: Row, mentions: list[TimeMention]) -> str | None:
    """None when the row passes, else what went wrong."""
    lo = row.sentence.index(row.target)
    hi = lo + len(row.target)
    hits = [m for m in mentions if min(hi, m.span[1]) > max(lo, m.span[0])]
    if row.start is None:
        return f"not a date, got {[(m.text, m.start) for m in hits]}" if hits else None
    if not hits:
        return f"missed; found {[(m.text, m.start, m.end) for m in mentions]}"
    best = max(hits, key=lambda m: min(hi, m.span[1]) - max(lo, m.span[0]))
    if (best.start, best.end) != (row.start, row.end):
        return f"got {best.text!r} -> {best.start}..{best.end}"
    return None


def run(finder) -> tuple[float, list[str]]:  # noqa: ANN001
    failures = []
    for row in rows():
        problem = check(row, finder(row))
        if problem:
            failures.append(f"line {row.line}: {row.target!r} in {row.sentence!r} "
                            f"(pub {row.published}, want {row.start}..{row.end}): {problem}")
    return 1 - len(failures) / len(rows()), failures


def test_table_is_large_enough() -> None:
    assert len(rows()) >= 170
    assert sum(r.start is None for r in rows()) >= 20


def test_table_from_text() -> None:
    rate, failures = run(lambda r: find_times(r.sentence, r.published))
    print(f"\nfind_times: {rate:.3f} of {len(rows())} rows pass")
    print("\n".join(failures))
    assert rate >= THRESHOLD


@pytest.mark.slow
def test_table_from_parse(nlp) -> None:  # noqa: ANN001
    rate, failures = run(lambda r: find_times_in_doc(nlp(r.sentence), r.published))
    print(f"\nfind_times_in_doc: {rate:.3f} of {len(rows())} rows pass")
    print("\n".join(failures))
    assert rate >= THRESHOLD
