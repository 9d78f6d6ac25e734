"""Talks told as "discussions" (issue 14; the meeting nouns of lexicons/event_cues.yaml).

"held discussions in Hanoi", "followed discussions between the Emir and the President": talks
between two states' officials, a meeting like "held talks". Discussions of a parliament, of
companies or of a party with another are no engagement between states.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def meetings(record: Record) -> list[tuple[list[str], list[str], str, str | None, str | None]]:
    return [(e.countries, e.persons, e.status, e.place.name if e.place else None, e.date.start if e.date else None)
            for e in record.events if e.kind == "meeting"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Vietnamese Prime Minister Pham Minh Chinh and his Thai counterpart Paetongtarn Shinawatra held discussions "
     "on trade in Hanoi on Tuesday.",
     [(["THA", "VNM"], ["Pham Minh Chinh", "Paetongtarn Shinawatra"], "occurred", "Hanoi", "2025-05-13")]),
    ("The ceasefire followed discussions between Qatari Emir Tamim bin Hamad Al Thani and Egyptian President "
     "Abdel Fattah el-Sisi in Cairo last week.",
     [(["EGY", "QAT"], ["Tamim bin Hamad Al Thani", "Abdel Fattah el-Sisi"], "occurred", "Cairo", "2025-05-05")]),
    ("The accord was reached after discussions between Chilean President Gabriel Boric and Argentine President "
     "Javier Milei.",
     [(["ARG", "CHL"], ["Gabriel Boric", "Javier Milei"], "occurred", None, "2025-05-14")]),
])
def test_discussions_between_two_states_officials_are_a_meeting(extract, text, expected):
    assert meetings(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "Lawmakers resumed discussions on the budget in parliament on Tuesday.",
    "Discussions between the two companies on a merger have stalled, analysts said.",
    "Kenya's opposition said discussions with the ruling party would resume next week.",
])
def test_discussions_of_no_two_states_are_none(extract, text):
    assert meetings(extract(text)) == []
