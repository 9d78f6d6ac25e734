"""A document a set told before it includes is that set's one signing (events/documents.py _included):
"signed 12 cooperation agreements, including accords on energy and fishing" is one agreement (a set
that names its documents one by one gives way to them: events/listed_documents.py), and "The
agreements were signed in Montevideo by X and Y" tells its signers and place; a package told by no
document cue ("a package of documents, including a treaty") stays the treaty's."""

from __future__ import annotations

import pytest
from event_views import agreements, people


@pytest.mark.parametrize("text", [
    "Kenya and Ethiopia signed seven agreements on Friday, including a memorandum on border security and a "
    "deal on electricity exports.",
    "NAIROBI (AP) - Kenya and Ethiopia have signed seven new accords, including a protocol on livestock "
    "trade, officials said on Friday.",
])
def test_documents_included_in_a_set_are_its_one_signing(extract, text):
    found = agreements(extract(text))  # the set gives way to the documents it names (listed_documents.py)
    assert {(e.status, tuple(e.countries)) for e in found} == {("occurred", ("ETH", "KEN"))}
    assert len(found) == text.count(" a ")


def test_the_set_told_again_gives_its_signers_and_place(extract):
    record = extract(
        "Bolivian President Luis Arce arrived in Asuncion on Monday for talks with Paraguayan President Santiago "
        "Pena. Uruguay and Argentina have signed 12 new cooperation agreements, including accords on energy, "
        "fishing and transport. The agreements were signed in Montevideo on Tuesday by Uruguayan President "
        "Yamandu Orsi and Argentine Foreign Minister Gerardo Werthein.")
    found = agreements(record)
    assert len(found) == 1
    assert found[0].countries == ["ARG", "URY"]
    assert people(record, found[0]) == {"Yamandu Orsi", "Gerardo Werthein"}
    assert found[0].place is not None and found[0].place.name == "Montevideo"


def test_a_package_told_by_no_document_cue_keeps_the_treaty(extract):
    found = agreements(extract(
        "Chile and Peru are preparing a package of documents, including a treaty on border crossings, for signing "
        "during the visit."))
    assert [e.name for e in found] == ["treaty on border crossings"]
