"""Documents told by a participle of concluding (events/documents.py concluded_words, signed_participle,
_with_non_state; events/signers.py between_parties): "under a deal reached by A, B and C", "the accord
struck by Ghana and Togo last week" tell a document the states of the by-phrase concluded, occurred
whatever the tense of the main clause; "a truce reached with clan militias" is a domestic settlement."""

from __future__ import annotations

import pytest
from event_views import agreements


@pytest.mark.parametrize(("text", "countries"), [
    ("Under a deal reached by Rwanda, Uganda and Kenya, 40,000 refugees will be allowed to stay in Uganda.",
     ["KEN", "RWA", "UGA"]),
    ("Under the accord struck by Ghana and Togo last week, traders will be able to cross the border freely.",
     ["GHA", "TGO"]),
    ("ACCRA (Reuters) - Cocoa exports will rise next year under a trade pact sealed by Ghana and Ivory Coast "
     "in March, officials said on Tuesday.", ["CIV", "GHA"]),
])
def test_a_document_concluded_by_the_states_of_its_by_phrase(extract, text, countries):
    found = agreements(extract(text))
    assert [(e.status, e.countries) for e in found] == [("occurred", countries)]


@pytest.mark.parametrize("text", [
    "The Hamas-led government said it remains committed to a power-sharing agreement reached with the rival "
    "faction earlier this month.",
    "The Somali government says it will honour a ceasefire agreement signed with clan militias in March.",
])
def test_a_document_concluded_with_a_party_that_is_no_state_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


def test_a_deal_still_to_be_reached_stays_planned(extract):
    found = agreements(extract("Officials said Chile and Peru will sign a fisheries deal in Lima next month."))
    assert [(e.status, e.countries) for e in found] == [("planned", ["CHL", "PER"])]


@pytest.mark.parametrize(("text", "countries"), [
    # a document completed is concluded ("just completed a trade agreement with China")
    ("SEOUL (Yonhap) - South Korea faces growing competition from Taiwan, which just completed a trade "
     "agreement with China.", ["CHN", "TWN"]),
    # a framework is a document when it is what is signed
    ("ASTANA (Kazinform) - Kazakhstan and the EU signed a framework on critical raw materials in Brussels on "
     "Monday.", ["EU", "KAZ"]),
])
def test_a_document_completed_or_a_framework_signed(extract, text, countries):
    assert [e.countries for e in agreements(extract(text))] == [countries]


@pytest.mark.parametrize("text", [
    "NEW DELHI (PTI) - The two sides aim to complete the free trade agreement by the end of the year, the "
    "Indian minister said after talks with his British counterpart.",
    "LONDON (Reuters) - India and Britain are completing a free trade agreement.",
    "TASHKENT (UzA) - The talks were held within the framework of the strategic partnership between "
    "Uzbekistan and Turkey.",
])
def test_a_document_still_to_complete_or_a_framework_of_talks_is_none(extract, text):
    assert agreements(extract(text)) == []
