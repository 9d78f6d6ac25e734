"""Texts two or more states put out together are agreements (events/joint_texts.py; GUIDE: a joint
statement is an agreement): "Russia and France issued a statement", "the two countries released their
declaration", a clause of two states told "In the agreement"; not a statement of one ministry."""

from __future__ import annotations

import pytest
from event_views import agreements

PUBLISHED = "2026-05-20"


@pytest.mark.parametrize("text", [
    "MOSCOW, May 20 (AP) - Russia and France issued a statement on Tuesday calling on Iran to halt uranium "
    "enrichment.",
    "MOSCOW, May 20 (AP) - French Prime Minister Francois Bayrou held talks with Russian Prime Minister "
    "Mikhail Mishustin on Tuesday. The two countries issued their statement after the talks.",
])
def test_a_statement_two_states_issue_is_an_agreement(extract, text):
    found = agreements(extract(text))
    assert [(e.countries, e.status) for e in found] == [(["FRA", "RUS"], "occurred")]


def test_the_document_a_clause_of_two_states_is_told_in(extract):
    found = agreements(extract(
        "RIYADH, May 20 (AP) - Saudi Arabia agreed on Tuesday to raise crude supplies to India. In the "
        "agreement, India and Saudi Arabia also pledged to cooperate against terrorism."))
    assert [(e.countries, e.status) for e in found] == [(["IND", "SAU"], "occurred")]


def test_a_ministry_statement_is_none(extract):
    record = extract("KABUL, May 20 (AP) - The Foreign Ministry issued a statement on Tuesday condemning "
                     "the attack on the embassy.")
    assert agreements(record) == []
