"""Talks of two sides named only by their states, held in one side's capital, are the other's visit;
not in another city, not for a body's sitting, not with envoys posted there."""

from __future__ import annotations

import pytest


def visits(record) -> list[list[str]]:
    return [e.countries for e in record.events if e.kind == "visit"]


@pytest.mark.parametrize("text, countries", [
    ("Senior diplomats from Japan and South Korea resumed talks in Seoul on Thursday on the disputed islands.",
     ["JPN", "KOR"]),
    ("Representatives of the European Union and Ukraine opened a second day of trade talks in Kiev on Tuesday.",
     ["EU", "UKR"]),
    ("Vietnamese and Cambodian officials are meeting Monday in Phnom Penh to discuss the border demarcation.",
     ["KHM", "VNM"]),
])
def test_talks_in_a_sides_capital_are_the_others_visit(extract, text, countries):
    assert visits(extract(text)) == [countries]


@pytest.mark.parametrize("text", [
    "Officials from Japan and South Korea resumed talks in Busan on Thursday on the disputed islands.",
    "The fifth meeting of the Thai-Lao joint commission will be held in Vientiane in April, the ministry said.",
    "The U.S. ambassador and Chinese officials held talks in Beijing on Thursday on the detained sailors.",
    "European Union officials held talks in Lisbon on Monday on the budget.",
])
def test_no_visit_without_a_guest_come_to_the_capital(extract, text):
    assert visits(extract(text)) == []


def test_rebels_in_a_capital_are_no_states_visit(extract):
    record = extract("Ugandan rebel leaders met with government negotiators in Nairobi on Friday to discuss a ceasefire.")
    assert visits(record) == []
