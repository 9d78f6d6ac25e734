"""A document recalled as signed before the report's month names only the signers of its own clause
(events/recalled_signings.py): it borrows no persons from the visit it is told with."""

from __future__ import annotations

from event_views import agreements, people

PUBLISHED = "2026-02-10"


def test_a_signing_told_with_an_earlier_visit_borrows_no_persons(extract):
    record = extract("TASHKENT, Feb 10 (UzA) - Uzbek Foreign Minister Bakhtiyor Saidov held talks on Tuesday with "
                     "Qatari Minister of State Sultan bin Saad Al-Muraikhi.\n\nSaidov last visited Doha in "
                     "October 2024, when the two sides signed a programme of cultural cooperation.")
    (old,) = [e for e in agreements(record) if e.date is not None and e.date.start == "2024-10"]
    assert people(record, old) == set()
    assert old.countries == ["QAT", "UZB"]


def test_the_signers_its_own_clause_names_stay(extract):
    record = extract("TASHKENT, Feb 10 (UzA) - Uzbek Foreign Minister Bakhtiyor Saidov held talks on Tuesday with "
                     "Qatari Minister of State Sultan bin Saad Al-Muraikhi.\n\nIn October 2024, Saidov and Qatari "
                     "Prime Minister Mohammed bin Abdulrahman Al Thani signed a programme of cultural cooperation "
                     "in Doha.")
    (old,) = [e for e in agreements(record) if e.date is not None and e.date.start == "2024-10"]
    assert people(record, old) == {"Bakhtiyor Saidov", "Mohammed bin Abdulrahman Al Thani"}


def test_a_document_whose_own_participle_tells_its_signers_borrows_no_subject(extract):
    # "signed by the presidents of the two countries": its signers are told (unnamed), not the talks' pair
    record = extract("MOSCOW, Feb 10 (TASS) - Russian Security Council Secretary Sergey Shoigu met Iranian "
                     "Security Council Secretary Ali Larijani in Moscow on Tuesday. Shoigu and Larijani focused on "
                     "the implementation of the Comprehensive Strategic Partnership Treaty signed by the presidents "
                     "of the two countries in January 2025.")
    (old,) = [e for e in agreements(record) if e.date is not None and e.date.start == "2025-01"]
    assert people(record, old) == set()
    assert old.countries == ["IRN", "RUS"]
