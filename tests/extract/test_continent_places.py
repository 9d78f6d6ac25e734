"""A continent is no city: "the Boao Forum for Asia" is not held in Asia, a town of the Philippines,
and "will head to south Asia" names no state's town (nor "Africa" Mahdia, once called so)."""

from __future__ import annotations

import pytest

from dateline.extract.places import city_place, lookup_place


@pytest.mark.parametrize("name", ["Asia", "Africa", "Europe", "the Americas"])
def test_a_continent_is_no_city(name):
    assert city_place(name) is None
    assert lookup_place(name) is None


def test_a_forum_named_for_a_continent_is_not_placed_in_a_town_of_that_name(extract):
    record = extract("Chinese Vice President Zeng Qinghong opened the annual Boao Forum for Asia on Saturday. "
                     "U.N. Secretary-General Kofi Annan will travel to south Asia next week for a summit on relief.")
    for event in record.events:
        assert "PHL" not in event.countries, (event.kind, event.countries)
        assert event.place is None or event.place.country != "PHL"


def test_a_part_of_the_americas_is_no_mention_of_the_united_states(extract):
    record = extract("Taiwanese President Lai Ching-te will travel to Central America next week, and his foreign "
                     "minister will tour South America in May.")
    assert not [a for a in record.actors if a.kind == "country" and a.country == "USA"]
    for event in record.events:
        assert "USA" not in event.countries, (event.kind, event.countries)


@pytest.mark.parametrize("text", [
    "Presidents of several South American countries gathered in Asuncion on Tuesday for a regional summit.",
    "Venezuelan President Nicolas Maduro met Latin American and Caribbean leaders in Havana on Friday.",
    "Central American foreign ministers met in Tegucigalpa on Monday to discuss migration.",
])
def test_the_adjective_of_a_part_of_the_americas_is_no_american_official(extract, text):
    record = extract(text)
    assert not [a for a in record.actors if a.kind == "country" and a.country == "USA"]
    for event in record.events:
        assert "USA" not in event.countries, (event.kind, event.countries)
