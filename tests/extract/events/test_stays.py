"""Stays told without a trigger word (issue 14 items 1 and 6; events/passing.py).

"A top U.S. diplomat is in Turkey for talks" is a visit of the official's state; "Speaking Friday
in Leeds, X said" and "X told reporters in Beirut" put a state's official in a city abroad: a
visit, occurred. An organisation's official at its seat, an official at home and a speech in a
statement are not.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def visits(record: Record) -> list[tuple[list[str], str, str | None]]:
    return [(e.countries, e.status, e.place.name if e.place else None) for e in record.events if e.kind == "visit"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A senior Japanese diplomat is in Seoul for talks on the situation in North Korea.",
     [(["JPN", "KOR"], "occurred", "Seoul")]),
    ("A Chinese trade delegation is in Kenya for talks this week.", [(["CHN", "KEN"], "occurred", "Kenya")]),
])
def test_an_official_told_by_title_in_a_state_for_talks_is_a_visit(extract, expected, text):
    assert visits(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Speaking Friday in Leeds, U.S. Secretary of State Marco Rubio said the alliance was strong.",
     [(["GBR", "USA"], "occurred", "Leeds")]),
    ("Iranian Foreign Minister Abbas Araghchi told reporters in Beirut on Monday that Iran backs the truce.",
     [(["IRN", "LBN"], "occurred", "Beirut")]),
])
def test_an_official_speaking_in_a_city_abroad_stays_there(extract, text, expected):
    assert visits(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "Speaking in Washington, U.S. President Donald Trump said the economy was strong.",
    "In New York on Friday, U.N. Secretary-General Antonio Guterres said the talks would resume.",
    "Iranian Foreign Minister Abbas Araghchi said in a statement that Iran backs the truce.",
    "Iranian Foreign Minister Abbas Araghchi will speak in Beirut on Monday.",
])
def test_speeches_that_tell_no_stay(extract, text):
    assert visits(extract(text)) == []
