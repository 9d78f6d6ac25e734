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


def test_a_document_announced_for_signing_is_planned(extract):
    found = agreements(extract("ANKARA, May 20 (AP) - Officials said an agreement between Turkey and Iraq "
                               "will be signed next month."))
    assert [(e.countries, e.status) for e in found] == [(["IRQ", "TUR"], "planned")]
