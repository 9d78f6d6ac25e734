"""Russian time expressions (time_table_ru.tsv): span and value of each, in context.

Every row is a sentence in agency style, its publication date, the expected span text and the
expected value ("-" for words that are not dates). Unlike the English table, every row must pass.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest
from table_rows import Row, read_rows

from dateline.extract.time import find_times
from dateline.extract.time.russian import find_russian_times, guess_russian_tense

TABLE = Path(__file__).with_name("time_table_ru.tsv")


@cache
def rows() -> tuple[Row, ...]:
    return read_rows(TABLE)


def test_table_is_large_enough() -> None:
    assert len(rows()) >= 70
    assert sum(r.start is None for r in rows()) >= 8


@pytest.mark.parametrize("row", rows(), ids=lambda r: f"line{r.line}")
def test_row(row: Row) -> None:
    mentions = find_russian_times(row.sentence, row.published)
    lo = row.sentence.index(row.target)
    hi = lo + len(row.target)
    hits = [m for m in mentions if min(hi, m.span[1]) > max(lo, m.span[0])]
    if row.start is None:
        assert not hits, f"not a date, got {[(m.text, m.start) for m in hits]}"
        return
    assert hits, f"missed; found {[(m.text, m.start, m.end) for m in mentions]}"
    best = max(hits, key=lambda m: min(hi, m.span[1]) - max(lo, m.span[0]))
    assert (best.text, best.span) == (row.target, (lo, hi))
    assert row.sentence[best.span[0]:best.span[1]] == best.text
    assert (best.start, best.end) == (row.start, row.end)


def test_tense_function_decides_over_the_words() -> None:
    text = "Министры обсудили сотрудничество в ноябре."
    ref = date(2025, 4, 10)
    assert find_russian_times(text, ref)[0].start == "2024-11"
    future = find_russian_times(text, ref, tense=lambda s, e: "future")
    assert future[0].start == "2025-11"
    # a tense function that says nothing leaves the words to decide
    assert find_russian_times(text, ref, tense=lambda s, e: None)[0].start == "2024-11"


def test_without_a_reference_only_explicit_years_resolve() -> None:
    found = find_russian_times("Министр прибыл 3 апреля, договор подписан 12.05.2025.", None)
    assert [(m.text, m.start) for m in found] == [("3 апреля", None), ("12.05.2025", "2025-05-12")]


def test_yo_is_read_as_ye_and_offsets_stay() -> None:
    text = "Встреча пройдёт в ноябре, сообщил Алиёв; ещё одна — 3 апреля."
    found = find_russian_times(text, date(2025, 4, 10))
    assert [(m.text, text[m.span[0]:m.span[1]], m.start) for m in found] == [
        ("ноябре", "ноябре", "2025-11"), ("3 апреля", "3 апреля", "2025-04-03")]


def test_guess_tense() -> None:
    text = "Визит состоится в мае, а в марте министры провели переговоры."
    may, march = text.index("мае"), text.index("марте")
    assert guess_russian_tense(text, may, may + 3) == "future"
    assert guess_russian_tense(text, march, march + 5) == "past"
    assert guess_russian_tense("Делегация находится в Баку с 3 апреля.", 29, 38) == "present"


def test_english_grammar_ignores_russian() -> None:
    assert find_times("Визит состоится 3 апреля в Баку.", date(2025, 4, 10)) == []
