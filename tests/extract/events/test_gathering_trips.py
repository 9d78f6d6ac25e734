"""A journey told by a travel verb whose purpose is a gathering is no visit (the guide's travel to a
multilateral meeting abroad); a trip for a two-state committee's meeting or for talks is."""

from __future__ import annotations

import pytest


def visits(record) -> list[list[str]]:
    return [e.countries for e in record.events if e.kind == "visit"]


@pytest.mark.parametrize("text", [
    "Chinese Premier Li Qiang will travel to Brussels to attend Wednesday's China-European Union summit.",
    "Ecuador's president, Daniel Noboa, is set to travel to Saudi Arabia this week for the upcoming OPEC summit.",
])
def test_travel_to_a_gathering_is_no_visit(extract, text):
    record = extract(text)
    assert visits(record) == []
    assert [e.kind for e in record.events] == ["gathering"]


@pytest.mark.parametrize("text, pair", [
    ("Iranian Foreign Minister Abbas Araghchi will travel to Muscat next week to take part in the ninth meeting "
     "of the Iran-Oman Joint Political Committee.", ["IRN", "OMN"]),
    ("Indian Prime Minister Narendra Modi will travel to Japan next week for talks with Prime Minister Fumio "
     "Kishida.", ["IND", "JPN"]),
])
def test_travel_for_two_states_talks_is_a_visit(extract, text, pair):
    assert visits(extract(text)) == [pair]


def test_travel_for_a_summit_with_a_counterpart_is_a_visit(extract):
    record = extract("South Korean President Yoon Suk Yeol left for Washington on Sunday for a summit with U.S. "
                     "President Joe Biden.")
    assert visits(record) == [["KOR", "USA"]]
