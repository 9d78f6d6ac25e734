"""A summit named by the two states it pairs, held in no third state, has the two as its parties
(events/format_sides.py): "a day after a Russian-Turkish summit in Sochi", "the Armenia-Azerbaijan
summit" told with no place. A two-state summit hosted by a third state keeps its host alone (guide)."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2025-06-18"


def gathering(record: Record) -> Event:
    found = [e for e in record.events if e.kind in {"gathering", "multilateral"}]
    assert len(found) == 1, [(e.kind, e.name, e.countries) for e in record.events]
    return found[0]


def test_a_summit_named_by_two_adjectives_held_in_one_of_them(extract):
    event = gathering(extract("ANKARA, 18 June (Anadolu) -- Grain exports resumed on Wednesday, a day after a "
                              "Russian-Turkish summit in Sochi at which both leaders backed the corridor."))
    assert event.countries == ["RUS", "TUR"]
    assert event.place is not None and event.place.name == "Sochi"


def test_a_summit_named_by_two_states_told_with_no_place(extract):
    event = gathering(extract("The border crossing reopened on Tuesday, two days after the Armenia-Azerbaijan summit, "
                              "where the two leaders pledged to settle the dispute peacefully."))
    assert event.countries == ["ARM", "AZE"]


def test_a_two_state_summit_in_a_third_state_keeps_its_host(extract):
    record = extract("DOHA, 18 June (QNA) -- Delegations arrived in Doha on Monday for a Sudanese-Chadian summit "
                     "hosted by Qatar.")
    [event] = [e for e in record.events if e.kind == "gathering"]
    assert event.countries == ["QAT"]
