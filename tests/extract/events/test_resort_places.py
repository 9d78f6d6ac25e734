"""Resorts and suburbs the gazetteer lacks hold summits and conferences (lexicons/venues.yaml): a
gathering told "in nearby Gleneagles", "in the district of Sandton" or "in Capri" is in that state."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "country"), [
    ("Police closed the roads around Gleneagles on Tuesday ahead of the Group of Eight summit in Gleneagles.", "GBR"),
    ("Delegates from more than 100 countries gathered in Sandton for a United Nations conference on water.", "ZAF"),
    ("The foreign ministers of the Group of Seven will hold a meeting in Capri in April, Italy said.", "ITA"),
    ("Leaders of the Group of Seven will meet at a summit in Kananaskis next month.", "CAN"),
])
def test_a_gathering_at_a_resort_is_in_its_state(extract, text, country):
    record = extract(text)
    sittings = [e for e in record.events if e.kind in {"gathering", "multilateral", "meeting"}]
    assert sittings and any(e.place is not None and e.place.country == country for e in sittings), \
        [(e.kind, e.place) for e in sittings]
