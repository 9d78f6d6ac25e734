"""A trip to several states told in one phrase is one visit per state (events/several.py,
events/itinerary.py onward_stops): "took trips to A, B and C", "a tour that will take him to A and B".
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def visits(record: Record) -> list[tuple[list[str], list[str], str, str | None]]:
    return sorted((e.countries, e.persons, e.status, e.place.country if e.place else None)
                  for e in record.events if e.kind == "visit")


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkish Foreign Minister Hakan Fidan took trips to Qatar, Kuwait and Oman last week.",
     [(["KWT", "TUR"], ["Hakan Fidan"], "occurred", "KWT"),
      (["OMN", "TUR"], ["Hakan Fidan"], "occurred", "OMN"),
      (["QAT", "TUR"], ["Hakan Fidan"], "occurred", "QAT")]),
    ("Malaysian Prime Minister Anwar Ibrahim made trips to Laos and Cambodia in March.",
     [(["KHM", "MYS"], ["Anwar Ibrahim"], "occurred", "KHM"),
      (["LAO", "MYS"], ["Anwar Ibrahim"], "occurred", "LAO")]),
])
def test_trips_to_several_states_on_a_light_verb_are_one_visit_each(extract, text, expected):
    assert visits(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("French President Emmanuel Macron arrived in Hanoi on Sunday, the first stop of a Southeast Asian tour "
     "that will take him to Indonesia and Singapore.",
     [(["FRA", "IDN"], ["Emmanuel Macron"], "planned", "IDN"),
      (["FRA", "SGP"], ["Emmanuel Macron"], "planned", "SGP"),
      (["FRA", "VNM"], ["Emmanuel Macron"], "occurred", "VNM")]),
    ("Vietnamese Prime Minister Pham Minh Chinh heads to Brazil on Friday for a five-day trip that will also "
     "take him to Chile and Argentina.",
     [(["ARG", "VNM"], ["Pham Minh Chinh"], "planned", "ARG"),
      (["BRA", "VNM"], ["Pham Minh Chinh"], "planned", "BRA"),
      (["CHL", "VNM"], ["Pham Minh Chinh"], "planned", "CHL")]),
])
def test_the_further_stops_a_tour_clause_names_are_visits_of_their_own(extract, text, expected):
    assert visits(extract(text)) == expected


def test_a_tour_of_someone_who_holds_no_office_is_not_split_into_state_visits(extract):
    record = extract("The novelist Elena Marquez began a tour of Peru that will take her to Chile and Bolivia.")
    # a private person's tour is no visit between states at all (events/private_parties.py)
    assert [e for e in record.events if e.kind == "visit"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan President William Ruto returned to Nairobi on Sunday after visiting Japan.",
     [(["JPN", "KEN"], ["William Ruto"], "occurred", "JPN")]),
    ("Chilean Foreign Minister Alberto van Klaveren flew back to Santiago on Friday after visiting Peru and "
     "Ecuador.",
     [(["CHL", "ECU"], ["Alberto van Klaveren"], "occurred", "ECU"),
      (["CHL", "PER"], ["Alberto van Klaveren"], "occurred", "PER")]),
])
def test_the_state_visited_is_the_visits_place_not_the_home_it_returns_to(extract, text, expected):
    assert visits(extract(text)) == expected
