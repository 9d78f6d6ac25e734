"""Focused tests of the time stage's public API: spans, values, tense, robustness."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract.time import find_times, find_times_in_doc
from dateline.extract.time.grammar import Spec, scan
from dateline.extract.time.resolve import resolve
from dateline.extract.time.tense import guess_tense
from dateline.record import TimeMention

REF = date(2024, 4, 3)  # a Wednesday


def values(text: str, ref: date | None = REF, **kw) -> list[tuple[str, str | None, str | None]]:  # noqa: ANN003
    return [(m.text, m.start, m.end) for m in find_times(text, ref, **kw)]


def test_mentions_are_record_models_with_exact_spans() -> None:
    text = " date 2024-04-03\nBAKU, April 3. The ministers met on Monday and will meet again on 12-14 May."
    found = find_times(text, REF)
    assert all(isinstance(m, TimeMention) for m in found)
    for m in found:
        assert text[m.span[0]:m.span[1]] == m.text
    assert [m.text for m in found] == ["2024-04-03", "April 3", "Monday", "12-14 May"]
    assert found[-1].grain == "day"


def test_leading_preposition_is_left_out_but_range_openers_stay() -> None:
    assert values("They met on Monday.")[0][0] == "Monday"
    assert values("It runs from May 5 to May 7.")[0][0] == "from May 5 to May 7"
    assert values("It runs between May 5 and 7.")[0][0] == "between May 5 and 7"


def test_tense_callback_decides_yearless_dates() -> None:
    text = "The summit on December 15 drew twenty leaders."
    ref = date(2024, 1, 10)
    assert values(text, ref, tense=lambda s, e: "past")[0][1] == "2023-12-15"
    assert values(text, ref, tense=lambda s, e: "future")[0][1] == "2024-12-15"


def test_callback_returning_none_falls_back_to_the_words() -> None:
    text = "The two presidents will meet in Baku on December 15."
    assert values(text, date(2024, 1, 10), tense=lambda s, e: None)[0][1] == "2024-12-15"


def test_no_reference_keeps_only_self_contained_values() -> None:
    found = values("On April 3, 2024 the sides met; on Monday they left; in 2023 trade grew.", None)
    assert found == [("April 3, 2024", "2024-04-03", "2024-04-03"), ("Monday", None, None),
                     ("2023", "2023", "2023")]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("this autumn", "2024-09", "2024-11"),
    ("this winter", "2024-12", "2025-02"),
    ("the third quarter of 2023", "2023-07", "2023-09"),
    ("last quarter", "2024-01", "2024-03"),
    ("the 1980s", "1980", "1989"),
    ("the second half of 2023", "2023-07", "2023-12"),
    ("next decade", "2030", "2039"),
])
def test_seasons_quarters_and_decades_are_month_or_year_ranges(text: str, start: str, end: str) -> None:
    assert values(f"It happened {text}.")[0][1:] == (start, end)


def test_weekday_same_as_publication_day_is_that_day_whatever_the_tense() -> None:
    for sentence in ("Talks opened on Wednesday.", "Talks will open on Wednesday."):
        assert values(sentence)[0][1] == "2024-04-03"


def test_visit_length_makes_a_range() -> None:
    assert values("He arrived for a three-day visit starting Monday.")[0][1:] == ("2024-04-01", "2024-04-03")
    assert values("He will pay a four-day visit from April 10.")[0][1:] == ("2024-04-10", "2024-04-13")


def test_visit_length_is_not_taken_from_a_finished_event() -> None:
    (mention,) = find_times("The two-day summit ended on Monday.", REF)
    assert (mention.text, mention.start, mention.end) == ("Monday", "2024-04-01", "2024-04-01")


def test_range_across_new_year() -> None:
    assert values("Talks will run from December 30 to January 2.", date(2024, 12, 10))[0][1:] == (
        "2024-12-30", "2025-01-02")


def test_weekday_ranges_run_forward() -> None:
    assert values("The drills were held from Monday to Friday.")[0][1:] == ("2024-04-01", "2024-04-05")
    assert values("The drills will run from Friday to Monday.")[0][1:] == ("2024-04-05", "2024-04-08")


def test_weekday_of_a_date_chooses_the_year() -> None:
    # 2 October 2023 was a Monday; 2 October 2024 is a Wednesday.
    assert values("On Monday, October 2, the envoy arrived.", date(2024, 1, 5))[0][1] == "2023-10-02"


def test_dates_do_not_cross_lines() -> None:
    found = values("Markets closed until Friday\nSeptember 18, 2008\nText.", date(2008, 9, 18))
    assert [f[0] for f in found] == ["Friday", "September 18, 2008"]


def test_invalid_calendar_dates_have_no_value() -> None:
    assert values("The note of 31.02.2024 was returned.") == []
    assert resolve(Spec("date", m=2, d=30), REF, "past") == (None, None, "day")


@pytest.mark.parametrize(("text", "value"), [
    ("The commission is due to meet in Kabul on the 20th of this month.", ("the 20th of this month", "2024-04-20")),
    ("The talks will take place on the 3rd of next month.", ("the 3rd of next month", "2024-05-03")),
    ("The ministers last spoke on the 28th of last month.", ("the 28th of last month", "2024-03-28")),
    ("No such day: the 31st of this month.", ("the 31st of this month", None)),
])
def test_a_day_of_a_month_told_relative_to_the_reports(text: str, value: tuple[str, str | None]) -> None:
    assert values(text)[-1][:2] == value


@pytest.mark.parametrize(("text", "value"), [
    ("The talks will be held in Minsk on 18-19.04.2024.", ("18-19.04.2024", "2024-04-18", "2024-04-19")),
    ("The commission met on 30-31.03.2024 in Tashkent.", ("30-31.03.2024", "2024-03-30", "2024-03-31")),
])
def test_a_numeric_day_first_range_of_one_month(text: str, value: tuple[str, str, str]) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("The ministers will meet in Baku on Monday-Tuesday.", ("Monday-Tuesday", "2024-04-08", "2024-04-09")),
    ("The ministers met in Baku on Monday-Tuesday.", ("Monday-Tuesday", "2024-04-01", "2024-04-02")),
])
def test_two_weekdays_joined_by_a_hyphen_are_one_span(text: str, value: tuple[str, str, str]) -> None:
    assert values(text) == [value]


def test_scan_returns_specs_in_text_order() -> None:
    found = scan("In 2023 and on 5 May 2024 and next week")
    assert [f.spec.kind for f in found] == ["year", "date", "unit"]
    assert [f.start for f in found] == sorted(f.start for f in found)


@pytest.mark.parametrize(("sentence", "tense"), [
    ("The forum will be held on Monday.", "future"),
    ("The forum is to be held on Monday.", "future"),
    ("The visit is scheduled for Monday.", "future"),
    ("The ministers met on Monday.", "past"),
    ("The agreement was signed on Monday.", "past"),
    ("On Monday, the ministers signed the agreement.", "past"),
    ("He said the summit will take place on Monday.", "future"),
    ("Talks are set to resume on Monday.", "future"),
    ("The talks on Monday lasted two hours.", "past"),
    ("The talks on Monday are important.", None),
])
def test_guess_tense_from_words(sentence: str, tense: str | None) -> None:
    i = sentence.index("Monday")
    assert guess_tense(sentence, i, i + 6) == tense


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The president will visit Astana on Friday.", "2024-04-05"),
    ("The president visited Astana on Friday.", "2024-03-29"),
    ("The president is expected to visit Astana on Friday.", "2024-04-05"),
    ("The president plans to visit Astana on Friday.", "2024-04-05"),
    ("The president has visited Astana on Friday.", "2024-03-29"),
    ("The upcoming summit on Friday will be chaired by Kazakhstan.", "2024-04-05"),
    ("A hearing has been scheduled for Friday.", "2024-04-05"),
    ("The agreement signed on Friday covers transit.", "2024-03-29"),
    ("The prime minister is due in Astana on Monday.", "2024-04-08"),
    ("The minister says the talks on Monday went well.", "2024-04-01"),
    # planned before for a day on either side of the report: the nearest such day
    ("His visit, which had been scheduled for Friday, has been postponed.", "2024-04-05"),
    ("The talks had been scheduled for Monday.", "2024-04-01"),
])
def test_tense_from_the_parse(nlp, sentence: str, expected: str) -> None:  # noqa: ANN001
    (mention,) = find_times_in_doc(nlp(sentence), REF)
    assert mention.start == expected


@pytest.mark.slow
def test_text_given_to_find_times_in_doc(nlp) -> None:  # noqa: ANN001
    text = "The ministers met on Monday and will meet again on 12-14 May."
    doc = nlp(text)
    assert find_times_in_doc(doc, REF, text=text) == find_times_in_doc(doc, REF)
    assert find_times_in_doc(doc, REF, text=text + " extra") == find_times_in_doc(doc, REF)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 -./,:'()abMJADSONFTWmaytheonlxs\n") + [
    "May ", "March ", "Monday ", "2024", "12-14 ", "from ", "to ", "last ", "next ", "week",
    "between ", "and ", "the ", "of ", "quarter", "spring ", "three-day visit "]), max_size=40)
       .map("".join))
def test_any_text_gives_valid_mentions(text: str) -> None:
    for m in find_times(text, REF):
        assert text[m.span[0]:m.span[1]] == m.text
        assert m.start is None or m.end is None or m.start[:4] <= m.end[:4]
