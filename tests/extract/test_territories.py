"""Territories that take part through their state: Hong Kong and Macau are in China (their cities,
their officials, the engagements held there), not states of their own."""

from __future__ import annotations

from dateline.extract.places import country_code, lookup_place


def test_a_territory_and_its_cities_are_in_its_state():
    assert lookup_place("Hong Kong").country == "CHN"
    assert lookup_place("Kowloon").country == "CHN"
    assert lookup_place("Macau").country == "CHN"
    assert country_code("Hong Kong") == "CHN"


def test_a_ministerial_held_in_hong_kong_is_china_s(extract):
    record = extract("Trade ministers of the World Trade Organization are meeting in Hong Kong this week to "
                     "rescue the Doha round. Chinese Commerce Minister Bo Xilai met his Indian counterpart "
                     "Kamal Nath in Hong Kong on Friday.")
    sitting = next(e for e in record.events if e.kind in {"multilateral", "gathering"})
    assert set(sitting.countries) == {"CHN", "WTO"}
    assert sitting.place is not None and sitting.place.country == "CHN"
    talks = next(e for e in record.events if e.kind == "meeting")
    assert talks.place is not None and talks.place.country == "CHN"
