"""The subject's own counterparts of several states, met by him, are one meeting each (issue 14 item 4;
events/one_each.py ``own_counterparts``): "met his counterparts from South Korea, Japan and China".
A group that meets together, or counterparts met together or hosted, stay one meeting.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("Over the past week, Australian Foreign Minister Penny Wong met her counterparts from Indonesia, "
     "Malaysia and Thailand to discuss maritime security.", [["AUS", "IDN"], ["AUS", "MYS"], ["AUS", "THA"]]),
    ("Brazilian Foreign Minister Mauro Vieira will meet with his Chilean and Peruvian counterparts in "
     "Santiago next week.", [["BRA", "CHL"], ["BRA", "PER"]]),
])
def test_own_counterparts_are_met_one_each(extract, text, expected):
    meetings = sorted(e.countries for e in extract(text).events if e.kind == "meeting")
    assert meetings == expected


@pytest.mark.parametrize("text", [
    "The foreign ministers of Indonesia, Malaysia and Thailand met in Jakarta on Monday to discuss "
    "maritime security.",
    "Australian Foreign Minister Penny Wong met her counterparts from Indonesia, Malaysia and Thailand "
    "together in a joint session in Jakarta on Monday.",
])
def test_a_group_that_meets_together_stays_one(extract, text):
    kinds = [e.kind for e in extract(text).events if e.kind in {"meeting", "multilateral"}]
    assert kinds == ["multilateral"]
