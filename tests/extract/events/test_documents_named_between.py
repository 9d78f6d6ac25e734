"""A document cited by its own name, between two states, is one they concluded before
(events/documents.py ``named_between``; signings.py ``cited_in_passing``): "within the framework of
the Comprehensive Economic Partnership Agreement between the two countries" is an agreement of the
two states, occurred, on a day, at a place and by people the story does not tell. Not a draft, nor a
document under negotiation."""

from __future__ import annotations

import pytest
from event_views import agreements, people

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize(("text", "countries"), [
    ("The ministers noted the importance of the Treaty on Eternal Friendship between Kazakhstan and "
     "Uzbekistan for regional stability.", ["KAZ", "UZB"]),
    ("The two sides discussed the implementation of the Free Trade Agreement between China and Georgia.",
     ["CHN", "GEO"]),
])
def test_a_named_document_between_two_states_is_theirs(extract, text, countries):
    (event,) = agreements(extract(text))
    assert event.countries == countries
    assert event.status == "occurred"
    assert event.date is None


def test_a_named_document_cited_in_talks_takes_no_day_or_signer_of_the_talks(extract):
    record = extract(
        "ABU DHABI, March 11 (WAM) -- Sheikh Mohamed bin Zayed received Georgian Prime Minister Irakli "
        "Kobakhidze in Abu Dhabi on Tuesday. The two sides discussed cooperation within the framework of the "
        "Comprehensive Economic Partnership Agreement between the two countries.")
    (event,) = agreements(record)
    assert event.countries == ["ARE", "GEO"]
    assert event.date is None and event.place is None
    assert people(record, event) == set()


@pytest.mark.parametrize("text", [
    "The two presidents welcomed the draft Comprehensive Partnership Agreement between Egypt and Jordan.",
    "The ministers reviewed the negotiations on the Free Trade Agreement between the EU and Indonesia.",
])
def test_no_agreement_for_a_draft_or_one_under_negotiation(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize(("text", "countries"), [
    ("Critics say the defence pact between Colombia and the United States gives U.S. troops too much access.",
     ["COL", "USA"]),
    ("Officials said the accord between India and Pakistan on prisoners would be reviewed next month.",
     ["IND", "PAK"]),
])
def test_the_document_between_two_states_is_theirs_whatever_its_name(extract, text, countries):
    """'the pact between A and B': a document told as the one by a between-phrase naming two states is
    one they concluded before, cited in passing, whatever its clause's tense."""
    (event,) = agreements(extract(text))
    assert event.countries == countries
    assert event.status == "occurred"
    assert event.date is None


@pytest.mark.parametrize("text", [
    "Negotiators are still working on the trade pact between Iran and Turkey.",
    "The ministers discussed the proposed accord between Chile and Peru on fishing.",
    "Russia and Ukraine resumed talks on the gas agreement between the two countries.",
])
def test_no_agreement_for_the_document_still_in_the_making(extract, text):
    assert agreements(extract(text)) == []


def test_the_document_between_the_two_countries_unnamed_is_left_to_its_story(extract):
    """'the agreement between the two countries' names no state of its own: it may be the one signed
    that day, so it is no document cited in passing by itself."""
    record = extract("The presidents reviewed the implementation of the agreement between the two countries on "
                     "visa-free travel.")
    assert agreements(record) == []
