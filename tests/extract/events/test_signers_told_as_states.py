"""Who signs, told as states or as persons (issue 14, item 5; events/signers.py told_by_states,
states_sign): "The two sides signed a memorandum", "the two governments will sign an agreement",
"the two countries signed five agreements" are signed by the talks' states, and name no person;
"the ministers signed a protocol" is signed by the ministers of the talks."""

from __future__ import annotations

import pytest
from event_views import agreements, people

PUBLISHED = "2025-03-12"

TALKS = ("MUSCAT, March 11 (ONA) -- Omani Foreign Minister Badr Albusaidi held talks in Muscat on Tuesday with "
         "Jordanian Foreign Minister Ayman Safadi.\n\nThe ministers discussed regional security and trade.\n\n")


@pytest.mark.parametrize("signing", [
    "The two sides signed a memorandum of understanding on consular cooperation.",
    "The two countries signed a memorandum of understanding on consular cooperation.",
    "The two governments signed a memorandum of understanding on consular cooperation.",
])
def test_sides_or_countries_sign_as_states(extract, signing):
    record = extract(TALKS + signing)
    (event,) = agreements(record)
    assert event.countries == ["JOR", "OMN"]
    assert people(record, event) == set()


def test_the_ministers_sign_as_persons(extract):
    record = extract(TALKS + "The ministers signed a memorandum of understanding on consular cooperation.")
    (event,) = agreements(record)
    assert event.countries == ["JOR", "OMN"]
    assert people(record, event) == {"Badr Albusaidi", "Ayman Safadi"}
