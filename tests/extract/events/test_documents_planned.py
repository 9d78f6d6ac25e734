"""Documents announced for signing (issue 14, item 5; events/documents.py to_be_signed,
signs_a_document): "a package of documents is expected to be signed during the visit", "several
agreements are due to be signed", "the treaty is expected to be signed by the presidents" are planned
agreements, between the parties of the visit they are signed at when their own clause names none."""

from __future__ import annotations

import pytest
from event_views import agreements

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "countries", "place", "start"), [
    ("BAKU, March 12 (AZERTAC) -- Uzbek Foreign Minister Bakhtiyor Saidov will pay an official visit to Baku on "
     "March 20-21. A package of documents is expected to be signed during the visit.",
     ["AZE", "UZB"], "AZE", "2025-03-20"),
    ("ACCRA, March 12 (GNA) - Ghanaian President John Mahama will visit Abuja next week. Several agreements on "
     "power and roads are due to be signed during the visit.",
     ["GHA", "NGA"], "NGA", "2025-03-17"),
    ("The treaty on the state border is expected to be signed by the presidents of Kyrgyzstan and Tajikistan in "
     "Dushanbe in April.",
     ["KGZ", "TJK"], "TJK", "2025-04"),
])
def test_a_document_announced_for_signing_is_planned(extract, text, countries, place, start):
    found = agreements(extract(text))
    assert len(found) == 1, [(e.name, e.countries, e.status) for e in found]
    event = found[0]
    assert (event.countries, event.status) == (countries, "planned")
    assert event.place is not None and event.place.country == place
    assert event.date is not None and event.date.start == start


def test_a_document_signed_is_not_planned(extract):
    found = agreements(extract("Several agreements on power and roads were signed in Abuja on Monday by the "
                               "foreign ministers of Ghana and Nigeria."))
    assert [(e.countries, e.status) for e in found] == [(["GHA", "NGA"], "occurred")]


@pytest.mark.parametrize("text", [
    # a draft told as one to be signed is a document announced for signing
    "ANKARA (AA) - Turkey and Iraq will finalize the draft of an agreement to be signed during the visit of "
    "President Erdogan to Baghdad next month.",
    "ANKARA (AA) - Turkey and Iraq approved the draft agreement on water, which is to be signed by the two "
    "presidents next month.",
])
def test_a_draft_to_be_signed_is_planned(extract, text):
    assert [(e.countries, e.status) for e in agreements(extract(text))] == [(["IRQ", "TUR"], "planned")]


@pytest.mark.parametrize("text", [  # a draft with no signing told: none
    "ANKARA (AA) - Turkey and Iraq approved a draft agreement on water.",
    "ANKARA (AA) - Turkish and Iraqi experts discussed a draft agreement to be submitted to the leaders.",
])
def test_a_draft_alone_is_none(extract, text):
    assert agreements(extract(text)) == []
