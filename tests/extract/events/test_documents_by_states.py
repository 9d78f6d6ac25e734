"""A document whose makers its own by-phrase names (events/documents.py, ``_between_states``):
"the agreement by Kenya and Tanzania to reopen the border" states a document the two states
concluded, told in passing; its parties are the states of the by-phrase. Not a document "by" a
state and a non-state, nor an indefinite one that may still be sought."""

from __future__ import annotations

import pytest
from event_views import agreements

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "countries"), [
    ("Aid agencies on Tuesday welcomed the agreement by Kenya and Tanzania to reopen the Namanga border "
     "crossing to relief convoys.", ["KEN", "TZA"]),
    ("NAIROBI, March 11 (KNA) -- Traders in the border town of Namanga said the agreement by Kenya and "
     "Tanzania to scrap the transit levy had doubled the number of lorries in a month. Customs officers said "
     "the new rules would be reviewed in June.", ["KEN", "TZA"]),
    ("ASTANA, 11 March (Kazinform) -- Fishermen on the northern shore welcomed the accord by Kazakhstan, "
     "Russia and Azerbaijan on the Caspian sturgeon quotas, the Ministry of Ecology reported.",
     ["AZE", "KAZ", "RUS"]),
])
def test_a_document_made_by_the_states_its_by_phrase_names(extract, text, countries):
    found = agreements(extract(text))
    assert [e.countries for e in found] == [countries]
    assert found[0].status == "occurred"


@pytest.mark.parametrize("text", [
    "Analysts said an agreement by Kenya and Tanzania on the border levy could come within weeks.",
    "Residents welcomed the deal by the government and the rebels to open the road to the airport.",
])
def test_no_document_by_a_non_state_or_still_sought(extract, text):
    assert agreements(extract(text)) == []
