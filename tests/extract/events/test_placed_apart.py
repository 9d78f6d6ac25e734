"""Talks told in the places of several states are one meeting in each (events/placed_apart.py).

A sitting is held in one place: "met with African leaders in Kenya, Uganda and Tanzania" is a
meeting in each of the three states, not one multilateral meeting. Places of one state, or places
that are not the counterparts' own, leave the talks as told.
"""

from __future__ import annotations

PUBLISHED = "2026-04-10"


def _talks(record):
    return sorted((e.kind, tuple(sorted(e.countries)), e.place.country if e.place else None)
                  for e in record.events if e.kind in {"meeting", "multilateral"})


def test_talks_with_leaders_in_three_states_are_a_meeting_in_each(extract):
    record = extract("World Bank President Paul Wolfowitz met with African leaders in Kenya, Uganda and "
                     "Tanzania during his tour this week.")
    assert _talks(record) == [("meeting", ("KEN", "WB"), "KEN"), ("meeting", ("TZA", "WB"), "TZA"),
                              ("meeting", ("UGA", "WB"), "UGA")]


def test_talks_in_two_capitals_of_the_counterparts_are_one_each(extract):
    record = extract("Indian Prime Minister Manmohan Singh held talks with the leaders of Nepal and Bhutan "
                     "in Kathmandu and Thimphu last week.")
    talks = _talks(record)
    assert ("meeting", ("IND", "NPL"), "NPL") in talks and ("meeting", ("BTN", "IND"), "BTN") in talks
    assert not any(kind == "multilateral" for kind, _, _ in talks)


def test_talks_with_an_organisation_in_two_cities_stay_one(extract):
    record = extract("Iranian negotiators held talks with the European Union in Geneva and Vienna last month.")
    assert not any(place in {"CHE", "AUT"} and "EU" not in countries for _, countries, place in _talks(record))
    assert len(_talks(record)) == 1


def test_talks_in_two_cities_of_one_state_stay_one(extract):
    record = extract("Chinese Premier Wen Jiabao met with American business leaders in New York and Chicago.")
    assert [kind for kind, _, _ in _talks(record)] == ["meeting"]


def test_places_told_of_the_topic_split_nothing(extract):
    record = extract("Kenyan President Mwai Kibaki met with the leaders of Sudan and Chad in Nairobi to discuss "
                     "refugees in Sudan and Chad.")
    assert not any(place in {"SDN", "TCD"} for _, _, place in _talks(record))
