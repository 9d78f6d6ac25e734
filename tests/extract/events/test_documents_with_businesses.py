"""A document signed with a business told by a common noun is no agreement between states (issue 14,
item 5; events/settlements.py with the ``business_parties`` words): "signed a contract with a
shipyard", "an agreement with two Japanese companies" (the nationality of the companies is no state
side), however the parser hangs the 'with' phrase ("Pemex signed a contract worth $1.2 billion with a shipyard").
A capitalised body ("the World Bank") and a state stay sides."""

from __future__ import annotations

import pytest
from event_views import agreements


@pytest.mark.parametrize("text", [
    "MEXICO CITY, June 10 (Notimex) - Pemex signed on Friday a contract worth $1.2 billion with a shipyard in "
    "Veracruz for six tugboats, in a ceremony attended by President Claudia Sheinbaum.",
    "LUANDA, June 10 (Angop) - Sonangol signed on Friday a contract worth $900 million with a refinery in Lobito, "
    "in a ceremony attended by President Joao Lourenco and Minister of Mineral Resources Diamantino Azevedo.",
])
def test_a_document_with_a_business_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


def test_a_document_with_a_bank_named_is_still_one(extract):
    found = agreements(extract(
        "DHAKA, June 10 (BSS) - Bangladesh signed a loan agreement with the World Bank on Wednesday to fund "
        "flood defences, the Finance Ministry said."))
    assert len(found) == 1, [(e.name, e.countries) for e in found]
