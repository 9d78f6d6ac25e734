"""Two stops of a tour in one sentence (issue 14 item 4; events/itinerary.py).

A visit told by its noun ("a one-day visit to Colombo", "after a two-day visit to Vietnam") beside
a journey told by its verb to another state ("before heading to Male", "flew to Cambodia") is a
visit of its own, with the visitor and its own stop's state only. A noun naming the state the
arrival is in ("arrived in Ankara on an official visit to Turkey") tells the one visit.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def visits(record: Record) -> list[tuple[list[str], list[str], str, str | None]]:
    return sorted((e.countries, e.persons, e.status, e.place.name if e.place else None)
                  for e in record.events if e.kind == "visit")


@pytest.mark.parametrize(("text", "expected"), [
    ("Indian Prime Minister Narendra Modi will pay a one-day visit to Colombo, Sri Lanka, on Saturday before "
     "heading to Male, the capital of the Maldives.",
     [(["IND", "LKA"], ["Narendra Modi"], "planned", "Colombo"),
      (["IND", "MDV"], ["Narendra Modi"], "planned", "Male")]),
    ("Brazilian President Lula da Silva will make a short visit to Lima, Peru, on Monday, before traveling to "
     "Quito, Ecuador, for a meeting Tuesday with Ecuadorian President Daniel Noboa.",
     [(["BRA", "ECU"], ["Lula da Silva", "Daniel Noboa"], "planned", "Quito"),
      (["BRA", "PER"], ["Lula da Silva"], "planned", "Lima")]),
    ("After a two-day visit to Vietnam, Brazilian President Lula da Silva flew to Cambodia on Thursday.",
     [(["BRA", "KHM"], ["Lula da Silva"], "occurred", "Cambodia"),
      (["BRA", "VNM"], ["Lula da Silva"], "occurred", "Vietnam")]),
    ("Kenyan President William Ruto, who is on a state visit to Japan, will travel to South Korea on Friday.",
     [(["JPN", "KEN"], ["William Ruto"], "occurred", "Japan"),
      (["KEN", "KOR"], ["William Ruto"], "planned", "South Korea")]),
])
def test_a_visit_noun_and_a_journey_to_another_state_are_two_visits(extract, text, expected):
    assert visits(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("German Chancellor Friedrich Merz arrived in Ankara on Wednesday on an official visit to Turkey.",
     [(["DEU", "TUR"], ["Friedrich Merz"], "occurred", "Ankara")]),
    ("Polish President Andrzej Duda arrived in Vilnius on a working visit to Lithuania, his office said.",
     [(["LTU", "POL"], ["Andrzej Duda"], "occurred", "Vilnius")]),
    ("Chilean Foreign Minister Alberto van Klaveren flew to Madrid on Sunday for a three-day visit to Spain.",
     [(["CHL", "ESP"], ["Alberto van Klaveren"], "occurred", "Madrid")]),
])
def test_a_visit_noun_naming_the_arrival_state_is_the_one_visit(extract, text, expected):
    assert visits(extract(text)) == expected


def meetings(record: Record) -> list[tuple[list[str], list[str], str, str | None]]:
    return [(e.countries, e.persons, e.status, e.place.name if e.place else None)
            for e in record.events if e.kind == "meeting"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazilian President Lula da Silva will make a short visit to Lima, Peru, on Monday, before traveling to "
     "Quito, Ecuador, for a meeting Tuesday with Ecuadorian President Daniel Noboa.",
     [(["BRA", "ECU"], ["Lula da Silva", "Daniel Noboa"], "planned", "Quito")]),
    ("Following his visit to Kenya, French President Emmanuel Macron will fly on to Tanzania for talks with "
     "President Samia Suluhu Hassan.",
     [(["FRA", "TZA"], ["Emmanuel Macron", "Samia Suluhu Hassan"], "planned", "Tanzania")]),
    ("Hungarian Prime Minister Viktor Orban will make a brief visit to Sofia, Bulgaria Monday, before traveling to Skopje, North Macedonia, "
     "for a meeting Tuesday with North Macedonia's Prime Minister Hristijan Mickoski.",
     [(["HUN", "MKD"], ["Viktor Orban", "Hristijan Mickoski"], "planned", "Skopje")]),
])
def test_talks_a_journey_is_made_for_are_at_its_stop(extract, text, expected):
    assert meetings(extract(text)) == expected


@pytest.mark.parametrize(("text", "countries"), [
    ("KYIV, May 14 (Ukrinform) -- Ukraine's energy minister, Herman Halushchenko, flew to Warsaw on Tuesday for "
     "talks on gas transit.", ["POL", "UKR"]),
    ("NAIROBI, May 14 (KNA) -- Kenya's trade minister Lee Kinyanjui left for Addis Ababa on Monday for talks on "
     "the railway project.", ["ETH", "KEN"]),
])
def test_talks_a_journey_is_made_for_are_with_the_stops_state(extract, text, countries):
    """'flew to Warsaw for talks on gas', 'left for Addis Ababa for talks': the clause tells one side alone,
    so the state of the journey's stop is the other, as the venue's is in 'arrived in Warsaw for talks'."""
    record = extract(text)
    assert [e.countries for e in record.events if e.kind == "meeting"] == [countries]
