"""A document whose own clause tells it concluded: 'the accord A and B signed in 2000', 'the deal
reached last year', however the parser hangs that clause, and whatever the clause citing it does
with it ('rejected the deal reached at the summit'); one with a state party cited by its year."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-03-12"


def agreements(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "agreement"]


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause without "that", the states its subject
    ("Observers who witnessed the border agreement Kyrgyzstan and Tajikistan signed in 2022 said the joint "
     "commission should meet again.", (["KGZ", "TJK"], "occurred", "2022")),
    # the participle hung on another noun, the clause citing it an offer
    ("The minister criticised amendments proposed by deputies to the transit agreement reached last year between "
     "Azerbaijan and Georgia.", (["AZE", "GEO"], "occurred", "2024")),
    # cited by its year, with a state party
    ("The transit fee cannot be changed, as it was set by agreement with Kazakhstan in 2016, the Kyrgyz minister "
     "said.", (["KAZ", "KGZ"], "occurred", "2016")),
    # a draft its own clause tells reached
    ("A draft accord between Armenia and Georgia, reached on March 3, sets new transit tariffs.",
     (["ARM", "GEO"], "occurred", "2025-03-03")),
])
def test_document_concluded_by_its_own_words(extract, text, expected):
    assert [(e.countries, e.status, e.date.start) for e in agreements(extract(text))] == [expected]


def test_a_rejected_deal_is_still_reached_by_its_own_parties(extract):
    found = agreements(extract("Iran rejected the fisheries accord reached by Kazakhstan and Turkmenistan in 2023."))
    assert [(e.countries, e.status) for e in found] == [(["KAZ", "TKM"], "occurred")]
    # its own words may still deny it, and a draft only approved is not yet concluded
    assert agreements(extract("No agreement reached by Kazakhstan and Turkmenistan was announced on Monday.")) == []
    assert agreements(extract("The ministers approved a draft accord between Armenia and Georgia.")) == []
