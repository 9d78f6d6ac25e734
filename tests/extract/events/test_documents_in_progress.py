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


@pytest.mark.parametrize("text", [
    "NAIROBI, May 3 - Kenyan officials said the transport ministers of Kenya, Uganda and Tanzania would hold a joint "
    "meeting to finalize the railway deal before the end of the year.",
    "TOKYO, May 3 - Japanese Prime Minister Shigeru Ishiba flew to Canberra on Monday for talks with Australian Prime "
    "Minister Anthony Albanese on forging a new security pact.",
])
def test_a_deal_a_meeting_is_to_finish_or_talks_are_on_is_none_concluded(extract, text):
    """The purpose of a meeting still to finish a document ('to finalize the deal'), or the gerund talks are
    on ('talks on forging a pact'): the document is sought, not concluded."""
    assert [e.name for e in extract(text).events if e.kind == "agreement"] == []


def test_a_meeting_to_sign_a_deal_still_signs_it(extract):
    text = "BAKU, May 3 - The energy ministers of Azerbaijan and Georgia met in Baku on Monday to sign a gas transit deal."
    assert [e.countries for e in extract(text).events if e.kind == "agreement"] == [["AZE", "GEO"]]
