"""An abbreviated professional honorific before a name ("Eng. Hamad Al Rawahi", "Engr. X") in Gulf and
African agency copy is one token with its full stop (tokens.yaml honorific_abbreviations) at which no
sentence ends (extract/name_runs.py): the document it is signed by keeps its signers."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-02-03"


@pytest.mark.parametrize("text", [
    "A memorandum of understanding on fisheries was signed by Eng. Hamad bin Khalid Al Rawahi and Kenyan "
    "Agriculture Minister Mutahi Kagwe.",
    "The agreement on road transport was signed by Engr. Musa Ibrahim and Ghanaian Transport Minister Kwame Mensah.",
])
def test_an_honorific_abbreviation_ends_no_sentence(extractor, text):
    assert len(list(extractor.nlp(text).sents)) == 1


def test_the_document_keeps_the_signer_after_the_honorific(extract):
    text = ("MUSCAT, Feb 3 (ONA) --- Sultan Haitham bin Tarik held talks with Kenyan President William Ruto at Al "
            "Alam Palace today. Following the talks, the two leaders witnessed the signing of two documents. A "
            "memorandum of understanding on fisheries was signed by Eng. Hamad bin Khalid Al Rawahi and Kenyan "
            "Agriculture Minister Mutahi Kagwe.")
    memo = [e for e in extract(text).events if e.kind == "agreement" and e.trigger.text == "memorandum"]
    assert [(e.countries, {"Hamad bin Khalid Al Rawahi", "Mutahi Kagwe"} <= set(e.persons)) for e in memo] \
        == [(["KEN", "OMN"], True)]
