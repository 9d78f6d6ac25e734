"""Agreements in wire copy (session 18): a compact is a document; a deal brokered by a third state is
concluded; notes exchanged between states and a document that entered into force are agreements; a
bare 'agreement' a lead tells and the document its next sentence names are one; a state company named
beside its company noun signs no agreement between states."""

from __future__ import annotations

import pytest
from event_views import agreements, people

PUBLISHED = "2026-06-15"


def test_a_compact_is_a_document(extract):
    found = agreements(extract(
        "NIAMEY, June 15 (ANP) - Niger signed a five-year, 300 million dollar compact with the United States "
        "on Monday to expand irrigation in the Tillaberi region, Finance Minister Ali Lamine Zeine said."))
    assert len(found) == 1
    assert found[0].countries == ["NER", "USA"] and found[0].status == "occurred"


@pytest.mark.parametrize("text", [
    "ABU DHABI, 15th June, 2026 (WAM) -- Armenia and Azerbaijan released 40 detainees each on Monday under "
    "a humanitarian deal brokered by the United Arab Emirates, the Ministry of Foreign Affairs said.",
    "DOHA, June 15 (QNA) -- The State of Qatar brokered an agreement between Rwanda and the Democratic "
    "Republic of the Congo on the withdrawal of forces from the border area, the Foreign Ministry said.",
])
def test_a_brokered_deal_is_concluded(extract, text):
    found = agreements(extract(text))
    assert len(found) == 1 and found[0].status == "occurred"
    assert len(found[0].countries) >= 2


def test_a_plan_told_brokered_as_a_modifier_is_no_signing(extract):
    assert not agreements(extract(
        "CAIRO, June 15 (MENA) - Egypt will host the two delegations next week to resume talks on the "
        "internationally brokered peace plan for the region, the Foreign Ministry said."))


def test_notes_exchanged_between_states_are_an_agreement(extract):
    found = agreements(extract(
        "MAJURO, June 15 (Kyodo) -- Japanese Foreign Minister Takeshi Iwaya and Marshall Islands Foreign "
        "Minister Kalani Kaneko exchanged notes on a grant for a new seawall in Majuro on Monday."))
    assert len(found) == 1
    assert found[0].countries == ["JPN", "MHL"]


def test_a_document_that_entered_into_force_was_concluded(extract):
    found = agreements(extract(
        "TASHKENT, June 15 (UzA). The agreement between Uzbekistan and Malaysia on the mutual abolition of "
        "visa requirements entered into force on Monday, the Ministry of Foreign Affairs reported."))
    assert len(found) == 1
    assert found[0].countries == ["MYS", "UZB"] and found[0].status == "occurred"


def test_a_document_still_to_enter_into_force_is_no_new_signing(extract):
    assert not agreements(extract(
        "BAKU, June 15 /Trend/ - The agreement between Azerbaijan and Moldova on road transport will enter "
        "into force once both parliaments ratify it, the Ministry of Digital Development said."))


def test_a_document_only_mentioned_as_in_force_is_none(extract):
    assert not agreements(extract(
        "LONDON, June 15 (Reuters) - Prime Minister Keir Starmer said on Monday, the day the Paris climate "
        "pact took effect in its new form, that the United States should return to the talks."))


def test_a_bare_agreement_and_the_document_named_next_are_one(extract):
    record = extract(
        "SEOUL, June 15 (Yonhap) -- South Korea and Australia have signed an agreement to boost cooperation "
        "on hydrogen supply chains. South Korean Minister of Trade, Industry and Energy Ahn Duk-geun signed a "
        "memorandum of understanding on Monday in Seoul with Australian Ambassador Jeff Robinson. Under the "
        "agreement, the two countries will share data on production costs.")
    found = agreements(record)
    assert len(found) == 1
    assert found[0].countries == ["AUS", "KOR"]
    assert {"Ahn Duk-geun", "Jeff Robinson"} <= people(record, found[0])


def test_a_further_document_told_with_also_stays_its_own(extract):
    found = agreements(extract(
        "ASHGABAT, June 15 (TDH). Turkmenistan and Tajikistan signed an agreement on Monday. The two sides "
        "also signed a memorandum on cooperation in the field of culture."))
    assert len(found) == 2


def test_a_state_company_named_beside_its_company_noun_signs_no_agreement(extract):
    assert not agreements(extract(
        "ASTANA, June 15 (Kazinform) - Kazakhstan's national gas company QazaqGaz and Uzbekistan's "
        "Uzbekneftegaz signed a contract on gas transit through Kazakhstan in Astana on Monday."))
