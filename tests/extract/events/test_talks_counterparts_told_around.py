"""Sides of talks told around the clause rather than in it: "the two countries are expected to hold
talks" (the subject of the raising verb, events/pairs.py) and "met with officials in Amman" (officials
told only by where they are met: the place's state, events/sides.py placed_officials)."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def meetings(record: Record) -> list[tuple[list[str], str]]:
    return [(e.countries, e.status) for e in record.events if e.kind == "meeting"]


@pytest.mark.parametrize("text", [
    "Vietnam objected to Cambodia's plan for a new canal on the Mekong. The two countries are expected to hold "
    "talks over the issue next month.",
    "Vietnam objected to Cambodia's plan for a new canal on the Mekong. The two countries are set to hold talks "
    "over the issue in Hanoi.",
])
def test_the_two_countries_as_subject_of_a_raising_verb(extract, text):
    assert meetings(extract(text)) == [(["KHM", "VNM"], "planned")]


def test_officials_met_in_a_foreign_capital_are_its_states(extract):
    record = extract("The attacks in Jordan killed 57 people. UN Secretary-General Antonio Guterres met with officials "
                     "in Amman on Friday to discuss the attacks.")
    assert meetings(record) == [(["JOR", "UN"], "occurred")]


def test_officials_met_at_home_make_no_meeting(extract):
    record = extract("Kenyan President William Ruto met with officials in Mombasa on Monday to discuss the floods.")
    assert meetings(record) == []


@pytest.mark.parametrize(("text", "countries"), [
    ("KUWAIT, May 13 (KUNA) -- His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received at Bayan "
     "Palace on Tuesday visiting Egyptian Foreign Minister Badr Abdelatty.", ["EGY", "KWT"]),
    ("ABU DHABI, May 13 (WAM) -- President Sheikh Mohamed bin Zayed Al Nahyan received at Qasr Al Shati on Monday "
     "visiting Indonesian Foreign Minister Sugiono.", ["ARE", "IDN"]),
])
def test_received_somewhere_a_visiting_guest(extract, text, countries):
    assert meetings(extract(text)) == [(countries, "occurred")]
