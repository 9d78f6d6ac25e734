"""A document a clause of hope tells will come is no agreement, planned or held (events/aimed_documents.py):
"remains confident an agreement will be reached", "are hopeful that a deal with Iraq can be signed"; one
announced for signing stays planned ("an agreement ... will be signed next month")."""

from __future__ import annotations

import pytest
from event_views import agreements

PUBLISHED = "2026-05-20"


@pytest.mark.parametrize("text", [
    "BRUSSELS, May 20 (AP) - The European Commission said it remained confident an agreement with Serbia "
    "will be reached.",
    "ANKARA, May 20 (AP) - Turkish officials are hopeful that a deal with Iraq can be signed next month.",
])
def test_a_document_hoped_for_is_none(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize("text", [  # doubted, or only wished to come back with: none announced
    "WASHINGTON, May 20 (AP) - A senior diplomat expressed doubt that Washington and Islamabad will finalize "
    "a trade deal before the president visits Pakistan next month.",
    "BELGRADE, May 20 (Reuters) - Officials said it was unclear whether Serbia and Kosovo would sign the "
    "energy agreement on Friday.",
    "WASHINGTON, May 20 (AP) - President Biden has said he wants to return from Vietnam with a final "
    "defence cooperation pact so he can put it before the Senate.",
])
def test_a_document_doubted_or_wished_for_is_none(extract, text):
    assert agreements(extract(text)) == []


def test_a_document_brought_back_signed_stands(extract):
    found = agreements(extract("ANKARA, May 20 (AA) - President Erdogan returned from Baku with a new gas "
                               "agreement signed with Azerbaijan."))
    assert [(e.countries, e.status) for e in found] == [(["AZE", "TUR"], "occurred")]


def test_a_document_announced_for_signing_is_planned(extract):
    found = agreements(extract("ANKARA, May 20 (AP) - Officials said an agreement between Turkey and Iraq "
                               "will be signed next month."))
    assert [(e.countries, e.status) for e in found] == [(["IRQ", "TUR"], "planned")]
