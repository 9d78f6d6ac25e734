"""PartialDate: the record's YYYY / YYYY-MM / YYYY-MM-DD values with their precision."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.extract.time.values import PartialDate, Precision, is_day, precision_of


@pytest.mark.parametrize(("text", "precision"), [
    ("2024", Precision.YEAR), ("2024-04", Precision.MONTH), ("2024-04-03", Precision.DAY)])
def test_parse_and_format(text, precision):
    value = PartialDate.parse(text)
    assert value.precision is precision
    assert str(value) == text
    assert precision_of(text) is precision


@pytest.mark.parametrize("text", ["", "24", "2024-4", "2024-04-03T10:00", "April 2024"])
def test_other_text_is_refused(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_day_questions():
    assert is_day("2024-04-03") and not is_day("2024-04") and not is_day(None) and not is_day("")
    assert precision_of(None) is None
    assert str(PartialDate.parse("2024-02-28").plus_days(2)) == "2024-03-01"
    with pytest.raises(ValueError):
        PartialDate.parse("2024-04").to_date()


def test_coarsen_keeps_what_both_know():
    day = PartialDate.parse("2024-04-03")
    assert str(day.coarsen(Precision.MONTH)) == "2024-04"
    assert str(day.coarsen(Precision.YEAR)) == "2024"
    assert PartialDate.parse("2024").coarsen(Precision.DAY) == PartialDate(2024)


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_a_day_round_trips(day):
    value = PartialDate.of(day)
    assert str(value) == day.isoformat()
    assert PartialDate.parse(day.isoformat()).to_date() == day
    assert str(value.coarsen(Precision.MONTH)) == day.isoformat()[:7]
