"""The venue the parser hangs on the topic of talks (events/topic_venues.py): 'held talks on maritime
security in Muscat' is placed in Muscat; a city that places what was talked about is not the venue."""

from __future__ import annotations

import pytest


def _meeting(record, kind="meeting"):
    found = [e for e in record.events if e.kind == kind]
    assert len(found) == 1, [(e.kind, e.countries) for e in record.events]
    return found[0]


@pytest.mark.parametrize(("text", "kind", "city"), [
    ("TEHRAN, Feb. 5 (IRNA) - Iran and Oman held talks on maritime security in Muscat on Wednesday.",
     "meeting", "Muscat"),
    ("Kazakhstan and Kyrgyzstan held consultations on water allocation in Bishkek on Tuesday.", "meeting", "Bishkek"),
    ("BAKU, March 4 (Trend) - Azerbaijan and Uzbekistan held talks on transport corridors in Tashkent.",
     "meeting", "Tashkent"),
    ("Peru and Chile signed an agreement on fisheries cooperation in Santiago on Monday.", "agreement", "Santiago"),
])
def test_a_city_of_a_side_after_the_topic_is_the_venue(extract, text, kind, city):
    event = _meeting(extract(text, published="2025-02-05"), kind)
    assert event.place is not None and event.place.name == city


@pytest.mark.parametrize("text", [
    "CAIRO, Feb. 5 (MENA) - Egypt and Qatar held talks on the situation in Gaza on Wednesday.",
    "Iran and Iraq held talks on the security situation in Basra on Wednesday.",
    "Turkey and Russia held talks on the fighting in Aleppo on Wednesday.",
])
def test_a_city_that_places_the_topic_is_not_the_venue(extract, text):
    event = _meeting(extract(text, published="2025-02-05"))
    assert event.place is None or event.place.name not in {"Gaza", "Basra", "Aleppo"}
