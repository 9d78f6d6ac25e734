"""Trips to parts of one's own state told through its owner are no visits between states
(events/domestic.py).

"A trip to India's southern states", "a working trip to the country's western regions": the goal's
owner is the visitor's own state.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-14"


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Narendra Modi returned to New Delhi on Sunday from a three-day trip to India's "
    "flood-hit southern states of Kerala and Karnataka.",
    "Kazakh President Kassym-Jomart Tokayev returned to Astana from a working trip to the country's western "
    "regions of Atyrau and Mangystau.",
])
def test_trips_to_parts_of_ones_own_state_are_no_visits(extract, text):
    record = extract(text)
    assert [e for e in record.events if e.kind == "visit"] == [], [(e.kind, e.countries) for e in record.events]


def test_a_trip_to_a_foreign_states_regions_stays(extract):
    record = extract("Turkish President Recep Tayyip Erdogan arrived in Kenya on Monday for a trip to the "
                     "country's coastal regions.")
    assert [e.countries for e in record.events if e.kind == "visit"] == [["KEN", "TUR"]]
