"""Talks favoured, sought again or planned by no one are no meeting: 'says he favors talks with X',
'will seek a renewal of peace talks with X', 'there are no plans for a meeting between A and B'; talks
held after which someone favours something stay."""

from __future__ import annotations

import pytest


def meetings(record) -> list[list[str]]:
    return [e.countries for e in record.events if e.kind == "meeting"]


@pytest.mark.parametrize("text", [
    "Venezuelan President Nicolas Maduro says he favors talks with the United States.",
    "Israeli Prime Minister Benjamin Netanyahu said he will seek a renewal of peace talks with Syria.",
    "An official said there are no plans for a meeting in Moscow between the Chinese leader and the Japanese "
    "prime minister.",
])
def test_talks_only_wished_or_unplanned_are_no_meeting(extract, text):
    assert meetings(extract(text)) == []


def test_talks_held_before_a_favoured_idea_stay(extract):
    record = extract("The Kenyan president favored closer trade ties after talks with Ugandan President Yoweri "
                     "Museveni in Kampala on Monday.")
    assert meetings(record) == [["KEN", "UGA"]]
