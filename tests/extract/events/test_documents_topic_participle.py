"""A document cited by the past participle of its signing, which the parser hangs on the last noun
of the document's own topic or partner phrase: 'the memorandum on labour migration signed in December
2021', 'the accord on water sharing between A and B, signed in 2019'. It is a concluded agreement of
those states, dated by the participle's own clause and named without it; not a document listed with a
dash before the people who sign it."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2026-04-14"


def agreements(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "agreement"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Uzbekistan and Kazakhstan reviewed the memorandum on labour migration signed in December 2021.",
     (["KAZ", "UZB"], "occurred", "2021-12", "memorandum on labour migration")),
    ("The agreement on water sharing between Tajikistan and Kyrgyzstan, signed in 2019, remains in force.",
     (["KGZ", "TJK"], "occurred", "2019", "agreement on water sharing between Tajikistan and Kyrgyzstan")),
    ("Ghana and Togo said the protocol on cross-border trade signed in March 2018 in Lome had doubled trade.",
     (["GHA", "TGO"], "occurred", "2018-03", "protocol on cross-border trade")),
])
def test_a_document_cited_by_its_signing_participle(extract, text, expected):
    found = agreements(extract(text))
    assert [(e.countries, e.status, e.date.start, e.name) for e in found] == [expected]


def test_a_dash_list_keeps_the_signers_of_each_document(extract):
    text = ("BAKU, April 14. Azerbaijani President Ilham Aliyev held talks with Georgian Prime Minister Irakli "
            "Kobakhidze in Baku on Tuesday. After the talks, the following documents were signed:\n\n"
            "- Memorandum of Understanding on cooperation in the field of renewable energy – signed by Azerbaijani "
            "Energy Minister Parviz Shahbazov and Georgian Economy Minister Mariam Kvrivishvili;\n\n"
            "- Agreement on international road transport – signed by the transport ministers of the two countries.")
    found = agreements(extract(text))
    assert [(e.countries, e.date.start) for e in found] == [(["AZE", "GEO"], "2026-04-14")] * 2


def test_an_older_document_the_talks_review_is_between_their_states(extract):
    """'They reviewed the memorandum signed in December 2021': a document signed in a year before the talks
    takes the states of the talks' people, not the people (they met today, not when it was signed)."""
    text = ("KUALA LUMPUR, April 14. Bangladeshi Foreign Secretary Asad Alam Siam met Malaysian Home Minister "
            "Saifuddin Nasution on Tuesday. They reviewed the memorandum on labour migration signed in "
            "December 2021.")
    found = agreements(extract(text))
    assert [(e.countries, e.status, e.date.start, e.persons) for e in found] == [(["BGD", "MYS"], "occurred", "2021-12", [])]
