"""One official's counterparts of several states are met one by one (events/several.py).

"met his counterparts from A, B and C", "will meet with his Georgian and Turkish counterparts": a
bilateral meeting with each state, as "met separately" gives. A group's counterparts ("the ministers
of A and B met their counterparts from C and D") and a joint meeting stay one multilateral meeting.
"""

from __future__ import annotations

import pytest

from dateline.record import Record


def talks(record: Record) -> list[tuple[str, list[str]]]:
    return [(e.kind, e.countries) for e in record.events if e.kind in {"meeting", "multilateral"}]


@pytest.mark.parametrize(("text", "expected"), [
    ("ASTANA, May 14 (Steppe News) - Kazakh Foreign Minister Murat Nurtleu met his counterparts from Kyrgyzstan, "
     "Tajikistan and Uzbekistan in Astana on Tuesday to brief them on his talks in Brussels.",
     [("meeting", ["KAZ", "KGZ"]), ("meeting", ["KAZ", "TJK"]), ("meeting", ["KAZ", "UZB"])]),
    ("BAKU, May 14 /Trend/ - Azerbaijani Foreign Minister Jeyhun Bayramov will meet with his Georgian and Turkish "
     "counterparts in Baku next week.",
     [("meeting", ["AZE", "GEO"]), ("meeting", ["AZE", "TUR"])]),
])
def test_his_counterparts_of_several_states_are_met_one_by_one(extract, text, expected):
    assert sorted(talks(extract(text))) == expected


@pytest.mark.parametrize("text", [
    "The foreign ministers of Kazakhstan and Uzbekistan met their counterparts from Kyrgyzstan and Tajikistan in "
    "Bishkek on Tuesday.",
    "Kazakh Foreign Minister Murat Nurtleu held a joint meeting with his counterparts from Kyrgyzstan and Tajikistan "
    "in Astana on Tuesday.",
])
def test_a_groups_counterparts_or_a_joint_meeting_stay_one(extract, text):
    assert [k for k, _ in talks(extract(text))] == ["multilateral"]
