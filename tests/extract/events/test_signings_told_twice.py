"""A signing told twice (issue 14, item 5; events/signings.py document_set): a report leads with
"X and Y signed several agreements" and tells the same signing again a sentence or two later ("The
two countries signed eleven agreements following the talks"). Both are sets of documents told by
their count, of the same states, on the same day: one agreement event. A further signing ("also
signed three memoranda", "separately, ... signed") and sets signed in different years stay apart."""

from __future__ import annotations

import pytest
from event_views import agreements

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "countries", "place"), [
    ("BISHKEK, 11 March (Kabar) -- Kyrgyzstan and Tajikistan have signed several new agreements to expand "
     "trade and water cooperation during a visit to Bishkek by the Tajik president. President Emomali Rahmon "
     "was welcomed on Tuesday by President Sadyr Japarov, with whom he held talks. The two countries signed "
     "eleven agreements following the talks, including a roadmap on border trade.",
     ["KGZ", "TJK"], "KGZ"),
    ("Paraguay and Bolivia signed a number of cooperation documents on Monday in Asuncion. Paraguayan President "
     "Santiago Pena and Bolivian President Luis Arce held talks at the Palacio de Lopez. The two sides signed "
     "seven agreements on energy, roads and river transport.",
     ["BOL", "PRY"], "PRY"),
    ("HANOI, March 11 (VNA) - Vietnam and Laos signed twelve documents on Tuesday during the official visit of "
     "the Lao prime minister. Lao Prime Minister Sonexay Siphandone held talks with Vietnamese Prime Minister "
     "Pham Minh Chinh in Hanoi. Both countries signed the documents after the talks, including memoranda on "
     "power trade and railways.",
     ["LAO", "VNM"], "VNM"),
])
def test_a_set_of_documents_told_again_is_one_agreement(extract, text, countries, place):
    found = agreements(extract(text))
    assert len(found) == 1, [(e.name, e.countries, e.trigger.text) for e in found]
    event = found[0]
    assert event.countries == countries
    assert event.status == "occurred"
    assert event.place is not None and event.place.country == place


@pytest.mark.parametrize("text", [
    ("Egypt and Jordan signed five agreements on energy in Cairo on Sunday. Egyptian Prime Minister Mostafa "
     "Madbouly and Jordanian Prime Minister Jafar Hassan held talks. The two countries also signed three "
     "memoranda on health and tourism."),
    ("ACCRA, March 8 (GNA) - Ghana and Togo signed four agreements on trade in Accra on Friday. Ghanaian "
     "President John Mahama and Togolese President Faure Gnassingbe held talks. Separately, the two countries "
     "signed two memoranda on border security."),
])
def test_a_further_set_is_another_agreement(extract, text):
    found = agreements(extract(text))
    assert len(found) == 2, [(e.name, e.countries, e.trigger.text) for e in found]
    assert all(sorted(e.countries) == sorted(found[0].countries) and len(e.countries) == 2 for e in found)


def test_sets_signed_in_different_years_stay_apart(extract):
    found = agreements(extract(
        "Chile and Peru signed nine agreements in Lima on Monday, the foreign ministry said. In 2019 the "
        "two countries signed eleven agreements at a summit in Santiago."))
    assert sorted((e.date.start or "")[:4] for e in found if e.date is not None) == ["2019", "2025"]
