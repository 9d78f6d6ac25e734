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


@pytest.mark.parametrize(("text", "expected"), [
    ("Addressing the Belarusian parliament in Minsk on Thursday, Azerbaijani Prime Minister Ali Asadov praised "
     "the two countries' trade.", [(["AZE", "BLR"], "occurred", "Minsk")]),
    ("Kyrgyz Foreign Minister Jeenbek Kulubaev addressed lawmakers in Tashkent on Friday.",
     [(["KGZ", "UZB"], "occurred", "Tashkent")]),
    ("OSCE Secretary General Feridun Sinirlioglu made the remarks in Baku on Tuesday, after talks with the "
     "ombudsman.", [(["AZE", "OSCE"], "occurred", "Baku")]),
])
def test_speech_to_an_audience_in_a_city_abroad_is_a_stay(extract, text, expected):
    """The place hangs on the audience of the speech, not on its verb, or the speech is 'made' there; an
    organisation's official away from its seat stays too (events/passing.py)."""
    assert visits(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "Hungarian Foreign Minister Peter Szijjarto told the energy forum in Baku on Monday that Budapest would buy "
    "more gas.",
    "Speaking in Doha on Sunday, Turkish Foreign Minister Hakan Fidan said the ceasefire must hold.\n\n"
    "The two-day Doha Forum opened in the Qatari capital on Saturday with delegations from 60 countries.",
])
def test_speech_in_a_state_holding_a_gathering_is_no_stay(extract, text):
    """Travel to a gathering abroad is no visit: a speech told to the forum, or in a state where the
    report holds one (events/abroad.py)."""
    assert visits(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Speaking in Washington, U.S. President Donald Trump said the economy was strong.",
    "In New York on Friday, U.N. Secretary-General Antonio Guterres said the talks would resume.",
    "Iranian Foreign Minister Abbas Araghchi said in a statement that Iran backs the truce.",
    "Iranian Foreign Minister Abbas Araghchi will speak in Beirut on Monday.",
])
def test_speeches_that_tell_no_stay(extract, text):
    assert visits(extract(text)) == []
