"""Talks between one state's government and its rebels or opposition are no engagement between states,
wherever they are held (events/internal_sides.py; issue 14). A foreign official met by them keeps
the meeting."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-10"


def _meetings(record):
    return [e for e in record.events if e.kind in {"meeting", "multilateral"}]


@pytest.mark.parametrize("text", [
    "Delegates of Yemen's government and opposition groups are meeting in Djibouti Sunday for U.N.-brokered talks.",
    "KHARTOUM - Sudan's foreign minister says a new round of peace talks between the government and rebels in "
    "Darfur is set for February. The talks will be held in the Nigerian capital, Abuja.",
    "ADDIS ABABA (Reuters) - The Ethiopian government and the main Tigrayan rebel group say they are continuing "
    "peace talks in Pretoria through the weekend.",
    "The Nepali government and the rebel Communist Party of Nepal have already signed several accords at peace "
    "talks in India, including a ceasefire.",
])
def test_government_and_rebels_hold_no_talks_between_states(extract, text):
    assert _meetings(extract(text)) == []


def test_the_foreign_envoy_they_meet_is_a_side(extract):
    record = extract("Sudan's government and rebel leaders met U.S. envoy Tom Perriello in Jeddah on Monday.")
    (meeting,) = _meetings(record)
    assert "USA" in meeting.countries
    assert meeting.status == "occurred"


def test_two_states_talks_are_kept(extract):
    record = extract("The Ethiopian government and the Eritrean government say they are continuing border talks "
                     "in Nairobi this week.")
    assert any(sorted(e.countries)[:2] == ["ERI", "ETH"] or {"ERI", "ETH"} <= set(e.countries)
               for e in _meetings(record))
