"""The antecedent of a relative clause is the subject of the verbs that share its subject
(events/geometry.py, ``relative_subject``): "a trip to the region by X, who is to meet separately with
A and B" is X's talks with A and X's talks with B; "X, who is expected to sign the accord" signs."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2025-06-02"


def _meetings(record):
    return sorted((e.countries, sorted(people(record, e))) for e in record.events if e.kind == "meeting")


def test_the_antecedent_of_who_is_to_meet_separately_meets_each(extract):
    record = extract(
        "The visit follows a trip to the region by German Foreign Minister Johann Wadephul, who is to meet "
        "separately with Israeli Prime Minister Benjamin Netanyahu and Palestinian President Mahmoud Abbas "
        "on Monday.")
    assert _meetings(record) == [
        (["DEU", "ISR"], ["Benjamin Netanyahu", "Johann Wadephul"]),
        (["DEU", "PSE"], ["Johann Wadephul", "Mahmoud Abbas"]),
    ]


def test_an_agency_paragraph_with_a_relative_clause_of_plans(extract):
    record = extract(
        "NAIROBI, Kenya (Reuters) - Tanzania's foreign minister, Mahmoud Thabit Kombo, who plans to hold "
        "talks separately with Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje "
        "Odongo, said on Sunday the border dispute would top the agenda.")
    assert _meetings(record) == [
        (["KEN", "TZA"], ["Mahmoud Thabit Kombo", "Musalia Mudavadi"]),
        (["TZA", "UGA"], ["Jeje Odongo", "Mahmoud Thabit Kombo"]),
    ]


def test_the_antecedent_of_who_is_expected_to_visit_is_the_visitor(extract):
    record = extract("Chilean President Gabriel Boric, who is expected to visit Lima next week, praised the "
                     "new port agreement on Tuesday.")
    visit = next(e for e in record.events if e.kind == "visit")
    assert visit.countries == ["CHL", "PER"]
    assert people(record, visit) == {"Gabriel Boric"}
    assert visit.status == "planned"
