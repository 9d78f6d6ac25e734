"""A power to sign documents in general is no signing (events/documents.py, ``_power_to_sign``):
"the Cabinet is empowered to sign treaties", "the president has the right to conclude agreements"
tell what may be signed (a bare plural under a word of power), not a document two states signed.
A planned signing of documents told with them stays one."""

from __future__ import annotations

import pytest
from event_views import agreements

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize("text", [
    "NEW DELHI, March 11 -- Under the constitution, India's prime minister and Cabinet are empowered to sign "
    "treaties without the approval of parliament.",
    "Under the new law, the president of Kyrgyzstan has the right to conclude agreements with foreign states "
    "on border issues.",
])
def test_a_power_to_sign_documents_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


def test_a_planned_signing_of_documents_stays(extract):
    found = agreements(extract(
        "ASTANA, March 11 -- Kazakhstan and Uzbekistan are expected to sign agreements on trade and energy "
        "in Astana on Friday."))
    assert [(e.countries, e.status) for e in found] == [(["KAZ", "UZB"], "planned")]
