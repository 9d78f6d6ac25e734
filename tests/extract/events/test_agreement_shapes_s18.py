"""Agreements in wire copy (session 18): a compact is a document; notes exchanged between states are an
agreement; a document told again with 'also' stays its own; a state company named beside its company
noun signs no agreement between states."""

from __future__ import annotations

from event_views import agreements

PUBLISHED = "2026-06-15"


def test_a_compact_is_a_document(extract):
    found = agreements(extract(
        "NIAMEY, June 15 (ANP) - Niger signed a five-year, 300 million dollar compact with the United States "
        "on Monday to expand irrigation in the Tillaberi region, Finance Minister Ali Lamine Zeine said."))
    assert len(found) == 1
    assert found[0].countries == ["NER", "USA"] and found[0].status == "occurred"


def test_notes_exchanged_between_states_are_an_agreement(extract):
    found = agreements(extract(
        "MAJURO, June 15 (Kyodo) -- Japanese Foreign Minister Takeshi Iwaya and Marshall Islands Foreign "
        "Minister Kalani Kaneko exchanged notes on a grant for a new seawall in Majuro on Monday."))
    assert len(found) == 1
    assert found[0].countries == ["JPN", "MHL"]


def test_a_further_document_told_with_also_stays_its_own(extract):
    found = agreements(extract(
        "ASHGABAT, June 15 (TDH). Turkmenistan and Tajikistan signed an agreement on Monday. The two sides "
        "also signed a memorandum on cooperation in the field of culture."))
    assert len(found) == 2


def test_a_state_company_named_beside_its_company_noun_signs_no_agreement(extract):
    assert not agreements(extract(
        "ASTANA, June 15 (Kazinform) - Kazakhstan's national gas company QazaqGaz and Uzbekistan's "
        "Uzbekneftegaz signed a contract on gas transit through Kazakhstan in Astana on Monday."))
