"""Rebels and churchmen are no state's side, whatever state their description names (events/sides.py
``_no_officials`` with ``armed_rebel_words``, the ``non_state_words`` of event_words.yaml); a former
rebel movement's leader and "Palestinian militant leaders" stay their people's side."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-14"


@pytest.mark.parametrize("text", [
    "The ambassadors of Norway, Cuba and Chile met with a jailed Colombian guerrilla leader on Friday to discuss "
    "a ceasefire.",
    "U.S. envoy Tom Perriello met on Saturday with leaders of the rebel Sudan Liberation Army in Juba.",
    "Lebanese Patriarch Bechara Boutros al-Rai met Syrian President Ahmed al-Sharaa on Monday.",
])
def test_talks_with_rebels_or_churchmen_are_no_engagement_between_states(extract, text):
    record = extract(text)
    assert [e.kind for e in record.events if e.kind in {"meeting", "multilateral"}] == []


@pytest.mark.parametrize("text", [
    "U.S. envoy Tom Perriello met on Saturday with Sudanese Foreign Minister Ali Youssef in Port Sudan.",
    "Colombian President Gustavo Petro met with Venezuelan President Nicolas Maduro and rebel leaders in Caracas.",
    "U.S. diplomats met on Wednesday with the new leader of South Sudan's former rebel movement in Juba.",
    "In Cairo on Wednesday, Egypt held talks with Palestinian militant leaders on the truce.",
])
def test_a_states_official_is_still_a_side(extract, text):
    record = extract(text)
    assert any(e.kind == "meeting" for e in record.events)


@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron began meetings with world leaders on Monday as part of the G20 summit in "
    "Rio de Janeiro.",
    "Japanese Foreign Minister Yoko Kamikawa will travel to West Africa next week to meet with regional officials "
    "on maritime security.",
])
def test_talks_with_officials_of_no_state_told_are_no_meeting(extract, text):
    record = extract(text)
    assert [e.kind for e in record.events if e.kind == "meeting"] == []


def test_a_state_told_beside_world_leaders_is_still_met(extract):
    record = extract("Indian Foreign Minister S. Jaishankar met with world leaders and Brazilian President Lula da "
                     "Silva in New York on Tuesday.")
    assert [e.countries for e in record.events if e.kind == "meeting"] == [["BRA", "IND"]]
