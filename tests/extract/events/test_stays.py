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
    ("Speaking at a news conference in Tashkent on Monday, Turkish Foreign Minister Hakan Fidan said the "
     "corridor would open next year.", [(["TUR", "UZB"], "occurred", "Tashkent")]),
    ("Kyrgyz Foreign Minister Jeenbek Kulubaev told a press briefing in Dushanbe that the border talks had "
     "ended.", [(["KGZ", "TJK"], "occurred", "Dushanbe")]),
    ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, speaking to journalists in Cairo on Sunday, "
     "said the talks would continue.", [(["EGY", "QAT"], "occurred", "Cairo")]),
    ("Chinese Foreign Minister Wang Yi told a Kathmandu press conference on Monday that the railway would be "
     "built.", [(["CHN", "NPL"], "occurred", "Kathmandu")]),
    ("Addressing the Belarusian parliament in Minsk on Thursday, Azerbaijani Prime Minister Ali Asadov praised "
     "the two countries' trade.", [(["AZE", "BLR"], "occurred", "Minsk")]),
    ("OSCE Secretary General Feridun Sinirlioglu made the remarks at a press conference in Baku on Tuesday.",
     [(["AZE", "OSCE"], "occurred", "Baku")]),
])
def test_speech_to_an_audience_in_a_city_abroad_is_a_stay(extract, text, expected):
    """The place hangs on the audience or setting of the speech, not on its verb (events/passing.py)."""
    assert visits(extract(text)) == expected


def test_speech_at_a_gathering_abroad_is_no_stay(extract):
    """Travel to a gathering abroad is no visit: the speech's clause tells the forum."""
    text = ("Hungarian Foreign Minister Peter Szijjarto, speaking in Baku at the energy forum on Monday, said "
            "Budapest would buy more gas.")
    assert visits(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Speaking in Washington, U.S. President Donald Trump said the economy was strong.",
    "In New York on Friday, U.N. Secretary-General Antonio Guterres said the talks would resume.",
    "Iranian Foreign Minister Abbas Araghchi said in a statement that Iran backs the truce.",
    "Iranian Foreign Minister Abbas Araghchi will speak in Beirut on Monday.",
])
def test_speeches_that_tell_no_stay(extract, text):
    assert visits(extract(text)) == []
