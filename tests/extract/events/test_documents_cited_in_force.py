"""Agreements a report cites as already concluded, told by no signing of their own clause: a participle
the parser raises to the noun the document stands in ("the implementation of the Treaty on X signed in
2023"), a participle on a document word that is no trigger by itself ("the documents signed in Budapest"),
and what a clause is done under ("Under an agreement with Kenya, ..."). Each is an occurred agreement of
those states, dated only by its own words; not a deal with a company, nor one still being negotiated."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2026-05-20"


def agreements(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "agreement"]


def summary(e: Event) -> tuple[list[str], str, str | None]:
    return e.countries, e.status, e.date.start if e.date is not None else None


def test_a_participle_raised_to_the_noun_the_document_stands_in(extract):
    text = ("ASTANA, May 20. Kazakh President Kassym-Jomart Tokayev spoke by phone with Mongolian President "
            "Ukhnaagiin Khurelsukh. The presidents reviewed the implementation of the Treaty on Strategic "
            "Partnership signed in April 2023, the rail link to the border and the coming tourist season.")
    assert [summary(e) for e in agreements(extract(text))] == [(["KAZ", "MNG"], "occurred", "2023-04")]


def test_documents_told_only_by_their_own_participle(extract):
    """Signed in a city of the state whose visit the sentence recalled: the visit's year, no one lent."""
    text = ("VIENNA, May 20. Austrian President Alexander Van der Bellen received the credentials of the new "
            "ambassador of Slovenia. The president recalled his visit to Slovenia in 2024 and said the documents "
            "signed in Ljubljana had given ties a firm legal basis.")
    record = extract(text)
    found = agreements(record)
    assert [(*summary(e), e.persons) for e in found] == [(["AUT", "SVN"], "occurred", "2024", [])]
    # signed where the recalled visit was, then: no second visit told by the signing
    assert [e.date.start if e.date else None for e in record.events if e.kind == "visit"] == ["2024"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Under an agreement with Kenya, Ethiopia is to export 100 megawatts of power to Nairobi from next year.",
     [(["ETH", "KEN"], "occurred", None)]),
    ("Under a deal with the IMF, Zambia will cut fuel subsidies by the end of 2027.",
     [(["IMF", "ZMB"], "occurred", None)]),
    ("Under a deal with a Turkish construction company, the Somali ministry will build two bridges this year.", []),
    ("Under an agreement being negotiated with Kenya, Ethiopia would export power to Nairobi.", []),
    ("The lake is patrolled by Ugandan police boats under an accord between Uganda and Kenya.",
     [(["KEN", "UGA"], "occurred", None)]),
])
def test_what_a_clause_is_done_under(extract, text, expected):
    assert [summary(e) for e in agreements(extract(text))] == expected


def test_done_under_an_agreement_between_two_states(extract):
    text = ("DUSHANBE, May 20 (AP) - Much of the Tajik-Afghan border is patrolled by Russian border guards "
            "under an agreement between Russia and Tajikistan, officials said.")
    assert [summary(e) for e in agreements(extract(text, published=PUBLISHED))] == [(["RUS", "TJK"], "occurred", None)]


def test_an_interim_accord_cited_by_its_year_was_concluded(extract):
    text = ("HEBRON, May 20 (AP) - The old city is controlled by Israel as part of a 1997 interim peace agreement, "
            "residents said.")
    found = agreements(extract(text, published=PUBLISHED))
    assert [(e.status, e.date.start if e.date else None) for e in found] == [("occurred", "1997")]


@pytest.mark.parametrize(("text", "expected"), [
    ("HAVANA, May 20 (Prensa Latina) - Iran is lending Cuba 30 million euros. The loan is part of a bilateral "
     "cooperation agreement between the two countries covering banking, farming and biotechnology.",
     [(["CUB", "IRN"], "occurred", None)]),
    ("TASHKENT, May 20 (UzA) - The new flights are part of an air services agreement with Kazakhstan, the "
     "transport ministry of Uzbekistan said.", [(["KAZ", "UZB"], "occurred", None)]),
    # not concluded: one still negotiated, one proposed, a company's deal
    ("ACCRA, May 20 (Reuters) - The loan is part of a deal being negotiated with the IMF, Ghana's finance "
     "minister said.", []),
    ("CAIRO, May 20 (AP) - The credit line is part of a proposed agreement between Egypt and Saudi Arabia.", []),
    ("WARSAW, May 20 (PAP) - The purchase of the jets is part of a deal with Lockheed Martin.", []),
])
def test_what_a_thing_is_part_of(extract, text, expected):
    assert [summary(e) for e in agreements(extract(text))] == expected
