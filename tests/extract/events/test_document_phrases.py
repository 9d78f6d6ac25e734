"""Document phrases ("road map", "joint declaration", "memorandum of understanding", "action plan";
issue 14, item 5; events/documents.py keep_document): a phrase is held to the same limits as a
document noun. It is an agreement when signed, adopted or sponsored, not when it is only what talks
are about ("resumed talks on the road map", "discussed a joint declaration"), a draft, or an aim. A
package or a letter is a document only by what its of-phrase holds ("a package of documents", "a
letter of intent"), not "an aid package of 2 billion dollars" or "condolence letters"."""

from __future__ import annotations

import pytest
from event_views import agreements

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize("text", [
    ("The talks are taking place as Kenya prepares to host a summit aimed at formalising the truce and "
     "restarting talks on the internationally brokered road map peace plan."),
    "The foreign ministers of Tajikistan and Uzbekistan discussed a joint declaration on the Amu Darya waters.",
    ("NOUAKCHOTT, March 9 (AMI) - Mauritanian and Senegalese officials held negotiations on a memorandum of "
     "understanding on fishing licences in Nouakchott on Sunday."),
    "The ministers of Ghana and Togo approved a draft joint statement on the border, to be put to the presidents.",
])
def test_a_document_phrase_talked_about_or_drafted_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize(("text", "countries", "name"), [
    ("Both Turkey and Qatar sponsored the Gaza road map peace plan along with the European Union and the "
     "United Nations.", ["EU", "QAT", "TUR", "UN"], "Gaza road map peace plan"),
    ("TASHKENT, March 6 (UzA) -- The presidents of Uzbekistan and Tajikistan adopted a joint statement on "
     "strategic partnership on Thursday.", ["TJK", "UZB"], "joint statement on strategic partnership"),
    ("ASTANA, March 3 (Kazinform) -- Kazakhstan and Kyrgyzstan signed a memorandum of understanding on water "
     "management in Astana on Monday.", ["KAZ", "KGZ"], "memorandum of understanding on water management"),
])
def test_a_document_phrase_signed_or_adopted_is_an_agreement(extract, text, countries, name):
    found = agreements(extract(text))
    assert [(e.countries, e.name, e.status) for e in found] == [(countries, name, "occurred")]


@pytest.mark.parametrize("text", [
    "BUENOS AIRES, March 4 (Telam) - President Javier Milei last week signed an aid package of 2 billion dollars "
    "for the flooded provinces.",
    "Defence Minister Richard Marles said he will sign condolence letters to the families in his own hand.",
    "Prime Minister Mark Carney signed a relief package worth 900 million dollars for farmers on Monday.",
])
def test_a_package_or_letter_that_holds_no_documents_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize(("text", "countries"), [
    ("ASTANA, March 10 (Kazinform) -- Kazakhstan and Kyrgyzstan signed a package of documents in Astana on Monday.",
     ["KAZ", "KGZ"]),
    ("Chile and Peru signed a letter of intent on lithium in Lima on Monday.", ["CHL", "PER"]),
])
def test_a_package_of_documents_and_a_letter_of_intent_are_agreements(extract, text, countries):
    assert [e.countries for e in agreements(extract(text))] == [countries]
