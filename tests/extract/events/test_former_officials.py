"""A trip or talks whose doer is only a former official are no engagement of his state; one he
receives, or one dated in the years he held the post, still is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Former U.S. President Jimmy Carter arrived in Pyongyang on Wednesday for talks with North Korean leader Kim Jong Il.",
    "Former Australian Prime Minister John Howard met Indonesian President Susilo Bambang Yudhoyono in Jakarta on Monday.",
    "Former Peruvian President Alberto Fujimori visited Chile on Tuesday and met local supporters.",
])
def test_former_officials_travel_and_meet_in_their_own_name(extract, text):
    assert [e.kind for e in extract(text).events if e.kind in {"visit", "meeting", "call"}] == []


def test_talks_a_former_leader_receives_are_the_guests(extract):
    record = extract("Venezuelan President Hugo Chavez met with former Cuban leader Fidel Castro in Havana on Saturday.")
    assert {e.kind for e in record.events} >= {"meeting"}


def test_a_serving_official_still_travels(extract):
    record = extract("Australian Prime Minister John Howard met Indonesian President Susilo Bambang Yudhoyono in Jakarta on Monday.")
    assert {e.kind for e in record.events} >= {"meeting", "visit"}
