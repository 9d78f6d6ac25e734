"""'met separately with A and B in Warsaw': a place told after coordinated counterparts is where the
talks are (events/place.py), for each meeting the sentence tells (issue 14, items 1 and 4)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-08"


@pytest.mark.parametrize("text", [
    "Ukrainian President Volodymyr Zelensky met separately with Polish President Andrzej Duda and "
    "Lithuanian President Gitanas Nauseda in Warsaw on Friday.",
    "KYIV, March 8 (Ukrinform) -- President Volodymyr Zelensky held separate meetings with Polish President "
    "Andrzej Duda and Lithuanian President Gitanas Nauseda in Warsaw on Friday, his office said.",
])
def test_each_meeting_with_coordinated_counterparts_is_placed(extract, text):
    meetings = [e for e in extract(text).events if e.kind == "meeting"]
    assert sorted(sorted(e.countries) for e in meetings) == [["LTU", "UKR"], ["POL", "UKR"]]
    for meeting in meetings:
        assert meeting.place is not None and (meeting.place.name, meeting.place.country) == ("Warsaw", "POL")


def test_one_counterpart_and_a_delegation_in_the_host_city(extract):
    record = extract(
        "Hungarian Foreign Minister Peter Szijjarto held talks with Azerbaijani Foreign Minister Jeyhun "
        "Bayramov and Economy Minister Mikayil Jabbarov in Baku on Tuesday.")
    (meeting,) = [e for e in record.events if e.kind == "meeting"]
    assert meeting.place is not None and meeting.place.name == "Baku"
    assert sorted(meeting.countries) == ["AZE", "HUN"]
