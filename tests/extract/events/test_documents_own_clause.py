"""A document whose own clause tells it concluded: 'the accord A and B signed in 2000', 'the deal
reached last year', however the parser hangs that clause, and whatever the clause citing it does
with it ('rejected the deal reached at the summit')."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2025-03-12"


def agreements(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "agreement"]


def test_contact_clause_with_the_states_as_subject(extract):
    found = agreements(extract("Observers who witnessed the border agreement Kyrgyzstan and Tajikistan signed in 2022 "
                               "said the joint commission should meet again."))
    assert [(e.countries, e.status, e.date.start) for e in found] == [(["KGZ", "TJK"], "occurred", "2022")]


def test_participle_hung_on_another_noun(extract):
    found = agreements(extract("The minister criticised amendments proposed by deputies to the transit agreement "
                               "reached last year between Azerbaijan and Georgia."))
    assert [(e.status, e.date.start) for e in found] == [("occurred", "2024")]


def test_a_rejected_deal_is_still_reached_by_its_own_parties(extract):
    found = agreements(extract("Iran rejected the fisheries accord reached by Kazakhstan and Turkmenistan in 2023."))
    assert [(e.countries, e.status) for e in found] == [(["KAZ", "TKM"], "occurred")]
    # its own words may still deny it
    assert agreements(extract("No agreement reached by Kazakhstan and Turkmenistan was announced on Monday.")) == []


def test_agreement_with_a_state_cited_by_its_year(extract):
    found = agreements(extract("The transit fee cannot be changed, as it was set by agreement with Kazakhstan in 2016, "
                               "the Kyrgyz minister said."))
    assert [(e.countries, e.status, e.date.start) for e in found] == [(["KAZ", "KGZ"], "occurred", "2016")]


def test_a_draft_its_own_clause_tells_reached_is_an_agreement(extract):
    found = agreements(extract("A draft accord between Armenia and Georgia, reached on March 3, sets new transit "
                               "tariffs."))
    assert [(e.countries, e.status, e.date.start) for e in found] == [(["ARM", "GEO"], "occurred", "2025-03-03")]
    # a draft only approved is not yet concluded
    assert agreements(extract("The ministers approved a draft accord between Armenia and Georgia.")) == []
