"""A document still being worked on is no agreement yet (GUIDE: drafts are not; events/documents.py
_in_progress): "are finalizing a defence pact", "is drafting a treaty" tell work in progress, while
"finalized the treaty" and "are signing the treaty today" tell a concluded one."""

from __future__ import annotations

import pytest
from event_views import agreements, one

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize("text", [
    "RIYADH, March 11 (SPA) -- Officials said Saudi Arabia and Pakistan are finalizing a defence pact.",
    "Diplomats said Kenya and Ethiopia are finalising a treaty on the shared use of the Omo river.",
    "Officials in Hanoi said Vietnam and Cambodia are drafting an agreement on border trade.",
])
def test_a_document_being_finalised_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize(("text", "status"), [
    ("Kenya and Ethiopia finalized a treaty on the shared use of the Omo river on Monday.", "occurred"),
    ("The presidents of Kenya and Ethiopia are signing a treaty on the Omo river in Addis Ababa today.", "occurred"),
    ("Vietnam and Cambodia will finalize an agreement on border trade next month.", "planned"),
])
def test_a_finalised_or_signed_document_is_an_agreement(extract, text, status):
    event = one(extract(text), "agreement")
    assert event.status == status
    assert len(event.countries) == 2
