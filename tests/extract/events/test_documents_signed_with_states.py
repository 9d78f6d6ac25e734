"""What a signing verb's object is signed with a state or an intergovernmental organisation is a
document between them, whatever its noun (events/documents.py, ``signed_with_state``): a state's
facility or stand-by arrangement with the IMF, a compact with the World Bank. Not a signing whose
'with' partner is no state, nor a signed object that is a person."""

from __future__ import annotations

import pytest
from event_views import agreements

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize(("text", "countries"), [
    ("MASERU, March 11 -- Lesotho has signed a three-year Poverty Reduction and Growth Facility with the IMF, "
     "the finance ministry said.", ["IMF", "LSO"]),
    ("ISLAMABAD, March 12 (APP) -- Pakistan signed a 37-month Extended Fund Facility with the International "
     "Monetary Fund on Tuesday.", ["IMF", "PAK"]),
    ("Ghana on Monday signed a $600 million Energy Sector Recovery Program with the World Bank in Accra.",
     ["GHA", "WB"]),
    ("Uzbekistan signed a five-year Framework for Cooperation with Kazakhstan on Tuesday.", ["KAZ", "UZB"]),
])
def test_an_object_signed_with_a_state_or_its_lender_is_a_document(extract, text, countries):
    found = agreements(extract(text))
    assert [e.countries for e in found] == [countries]
    assert found[0].status == "occurred"


@pytest.mark.parametrize("text", [
    "The club signed a young striker with a Brazilian agent present on Tuesday.",
    "The president signed the budget with the speaker of parliament at his side on Tuesday.",
])
def test_no_document_signed_with_no_state(extract, text):
    assert agreements(extract(text)) == []
