"""A new story starts a new frame (events/continuity.py; issue 14, item 1): a mention of talks that
names no parties takes the last engagement's only while that engagement's story goes on."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-04"

VISIT = ("CAIRO, March 4 (MENA) -- Indian Foreign Minister Subrahmanyam Jaishankar arrived in Cairo on Sunday "
         "for a two-day visit. He met with his Egyptian counterpart Badr Abdelatty. ")
OTHER_STORY = ("Heavy rain flooded parts of the southern city of Porto Alegre on Monday, killing at least 12 "
               "people. Rescue teams say thousands of residents have been evacuated. ")
SAME_STORY = "Egypt and India have expanded trade since 2020. Jaishankar said New Delhi wants more Egyptian fertiliser. "


@pytest.mark.parametrize("last", [
    "The next round of talks will be held next month.",
    "Another meeting is scheduled for next month.",
    "Talks are scheduled to resume on Friday.",
])
def test_talks_after_another_story_take_no_parties_from_the_first(extract, last):
    record = extract(VISIT + OTHER_STORY + last)
    assert [e.status for e in record.events if e.kind == "meeting"] == ["occurred"]


@pytest.mark.parametrize("last", [
    "The next round of talks will be held next month.",
    "Another meeting is scheduled for next month.",
])
def test_talks_told_on_in_the_same_story_keep_its_parties(extract, last):
    record = extract(VISIT + SAME_STORY + last)
    (planned,) = [e for e in record.events if e.kind == "meeting" and e.status == "planned"]
    assert sorted(planned.countries) == ["EGY", "IND"]


def test_background_naming_nothing_keeps_an_agency_story(extract):
    """'Trade reached 4 billion dollars. Grain accounts for a third of it.': the report's own
    background, naming no other state, does not end its story."""
    record = extract(
        "TASHKENT, March 4 (UzA) -- Uzbek Foreign Minister Bakhtiyor Saidov held talks with his Kazakh "
        "counterpart Murat Nurtleu in Tashkent on Tuesday. Trade reached 4 billion dollars in 2024. Grain "
        "accounts for a third of it. The next round of consultations will be held in Astana in the autumn.")
    (planned,) = [e for e in record.events if e.kind == "meeting" and e.status == "planned"]
    assert sorted(planned.countries) == ["KAZ", "UZB"]
    assert planned.place is not None and planned.place.name == "Astana"
