"""A state that mediates, brokers or hosts two other states' talks sits at them: the talks are
multilateral, of the three (session 18)."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-05-12"


@pytest.mark.parametrize("text, states", [
    ("ABU DHABI, 12th May, 2026 (WAM) -- Egypt and Ethiopia held a new round of talks on the dam in Abu Dhabi "
     "on Tuesday, mediated by the United Arab Emirates.", ["ARE", "EGY", "ETH"]),
    ("PHNOM PENH, May 12 (AKP) -- Cambodia and Thailand held U.S.-brokered border talks in Kuala Lumpur on "
     "Monday, the Ministry of Foreign Affairs said.", ["KHM", "THA", "USA"]),
    ("CARACAS, May 12 (Prensa Latina) Foreign Minister Yvan Gil thanked Qatar for its role in hosting the "
     "rounds of talks between Venezuela and the United States held in Doha this year.", ["QAT", "USA", "VEN"]),
    ("Ethiopian and Eritrean delegations flew to Nairobi on Monday for Qatar-arranged talks on the border.",
     ["ERI", "ETH", "QAT"]),
])
def test_the_mediating_state_is_a_third_side(extract, text, states):
    found = [e for e in extract(text).events if e.kind == "multilateral"]
    assert len(found) == 1
    assert found[0].countries == states
