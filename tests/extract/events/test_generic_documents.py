"""Documents told in general are no signing (events/generic_documents.py): a power to sign ("the
Cabinet is empowered to sign treaties", "the president has the right to conclude agreements": a bare
plural under a word of power), any document of a kind a rule speaks of ("under the law, an agreement
reached through mediation will have the force of a court ruling"). A planned signing of documents, and
a document whose participle names its makers or its day, stay agreements."""

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


def test_any_document_of_a_kind_a_rule_speaks_of_is_none(extract):
    record = extract(
        "TASHKENT, March 11 (UzA) -- President Shavkat Mirziyoyev has signed the Law on Amendments to the Law on "
        "Mediation. According to the Law, an agreement reached through mediation and certified by a notary will "
        "have the force of a court ruling.")
    assert agreements(record) == []


def test_a_document_whose_participle_names_its_makers_stays(extract):
    found = agreements(extract("NAIROBI, March 11 -- An agreement reached by Kenya and Ethiopia will allow the free "
                               "movement of herders across the border."))
    assert [e.countries for e in found] == [["ETH", "KEN"]]
