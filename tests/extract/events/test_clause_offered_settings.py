"""A gathering that is the setting of an offer stands (issue 14, item 3): "a truce offered by the rebels
to take place during a regional summit in the capital, X" offers the truce, not the summit; the summit
is held (its place, its host). An offered meeting itself stays an offer."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"


def gatherings(record: Record) -> list:
    return [e for e in record.events if e.kind == "gathering"]


@pytest.mark.parametrize(("text", "country"), [
    ("COLOMBO, 14 May (Xinhua) -- Fighting went on despite a cease-fire offered by the rebels to take place "
     "during a regional summit in the capital, Colombo.", "LKA"),
    ("KATHMANDU, 14 May (RSS) -- Strikes continued despite a pause offered by the unions to take place during "
     "a regional summit in the capital, Kathmandu.", "NPL"),
])
def test_the_summit_an_offer_is_set_in_is_held(extract, text, country):
    [event] = gatherings(extract(text))
    assert event.place is not None and event.place.country == country
    assert event.countries == [country]


def test_an_offered_summit_is_still_an_offer(extract):
    record = extract("KATHMANDU, 14 May (RSS) -- The rebels offered to hold a summit with the government in "
                     "Kathmandu.")
    assert not gatherings(record)
