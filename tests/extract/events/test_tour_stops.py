"""Trips told without a visit word (issue 14 item 1; events/itinerary.py, events/filter.py).

"the last stop of his Asian trip that also took him to Japan and China", "his Gulf tour took him to
Qatar and Oman", "left on Saturday for his next stop in Ecuador": each stop of the tour in another
state is a visit of its own by the same visitor; a stop told in the past tense has occurred even when
the sentence's own journey lies ahead.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"


def visits(record: Record) -> list[tuple[list[str], list[str], str, str | None]]:
    names = {a.id: a.name for a in record.actors}
    return sorted((e.countries, [names[p] for p in e.source if p in names], e.status,
                   e.place.country if e.place else None)
                  for e in record.events if e.kind == "visit")


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan President William Ruto is expected to fly to Malaysia on Monday for the last stop of his "
     "Asian trip that also took him to Japan, South Korea and China.",
     [(["CHN", "KEN"], ["William Ruto"], "occurred", "CHN"),
      (["JPN", "KEN"], ["William Ruto"], "occurred", "JPN"),
      (["KEN", "KOR"], ["William Ruto"], "occurred", "KOR"),
      (["KEN", "MYS"], ["William Ruto"], "planned", "MYS")]),
    ("Argentine President Javier Milei will travel to Rome on Sunday, the final leg of a European tour "
     "that took him to Madrid and Prague.",
     [(["ARG", "CZE"], ["Javier Milei"], "occurred", "CZE"),
      (["ARG", "ESP"], ["Javier Milei"], "occurred", "ESP"),
      (["ARG", "ITA"], ["Javier Milei"], "planned", "ITA")]),
])
def test_the_stops_a_tour_took_the_visitor_to_are_past_visits(extract, text, expected):
    assert visits(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Indonesian President Prabowo Subianto's Gulf tour also took him to Qatar and Oman.",
     [(["IDN", "OMN"], ["Prabowo Subianto"], "occurred", "OMN"),
      (["IDN", "QAT"], ["Prabowo Subianto"], "occurred", "QAT")]),
    ("ABUJA, 12 May (NAN) -- Nigerian Foreign Minister Yusuf Tuggar's West African trip took him to "
     "Ghana and Senegal last week, the ministry said on Monday.",
     [(["GHA", "NGA"], ["Yusuf Tuggar"], "occurred", "GHA"),
      (["NGA", "SEN"], ["Yusuf Tuggar"], "occurred", "SEN")]),
])
def test_a_tour_that_took_the_visitor_to_states_is_a_visit_each(extract, text, expected):
    assert visits(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean President Gabriel Boric left Lima on Sunday for his next stop in Ecuador.",
     [(["CHL", "ECU"], ["Gabriel Boric"], "occurred", "ECU")]),
    ("Vietnamese Prime Minister Pham Minh Chinh will depart on Thursday for the next stop of his tour in "
     "Brazil, his office said.",
     [(["BRA", "VNM"], ["Pham Minh Chinh"], "planned", "BRA")]),
])
def test_leaving_for_the_next_stop_in_a_state_is_a_visit_there(extract, text, expected):
    assert visits(extract(text)) == expected


def test_a_visit_told_as_part_of_a_tour_is_not_one_of_its_further_stops(extract):
    record = extract(
        "KUWAIT, 13 May (KUNA) -- His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received on "
        "Tuesday visiting Jordanian Foreign Minister Ayman Safadi at Bayan Palace. The Jordanian minister's "
        "visit, which began on Monday, comes as part of a regional tour that will also take him to Oman "
        "and Bahrain.")
    found = visits(record)
    assert (["BHR", "JOR"], ["Ayman Safadi"], "planned", "BHR") in found
    assert (["JOR", "OMN"], ["Ayman Safadi"], "planned", "OMN") in found
    assert (["JOR", "KWT"], ["Ayman Safadi"], "occurred", "KWT") in found
    assert len(found) == 3


@pytest.mark.parametrize(("text", "expected"), [
    ("Italian Prime Minister Giorgia Meloni will head to the Gulf on Sunday for visits to Oman, Saudi Arabia "
     "and Qatar.",
     [(["ITA", "OMN"], ["Giorgia Meloni"], "planned", "OMN"),
      (["ITA", "QAT"], ["Giorgia Meloni"], "planned", "QAT"),
      (["ITA", "SAU"], ["Giorgia Meloni"], "planned", "SAU")]),
    ("Kazakh Foreign Minister Murat Nurtleu flew to the Caucasus on Monday for a tour of Georgia and Armenia.",
     [(["ARM", "KAZ"], ["Murat Nurtleu"], "occurred", "ARM"),
      (["GEO", "KAZ"], ["Murat Nurtleu"], "occurred", "GEO")]),
])
def test_a_journey_to_a_region_for_visits_to_states_is_a_visit_each(extract, text, expected):
    assert visits(extract(text)) == expected
