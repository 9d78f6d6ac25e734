"""'A and B signed a memorandum, while C and D signed an agreement': a clause opened by 'while' has a
subject of its own, who does that clause's verb and not the first clause's, and each verb tells its own
signing (events/contrast_clauses.py)."""

from __future__ import annotations

import pytest
from event_views import agreements, people

PUBLISHED = "2026-05-05"

CASES = {
    "two signings, each with its own pair of ministers": (
        "COLOMBO, May 5 (LNW) - Maldivian President Mohamed Muizzu held talks with President Anura Kumara "
        "Dissanayake on Tuesday.\n\nForeign Minister Vijitha Herath and Maldivian Foreign Minister Abdulla "
        "Khaleel signed an MoU on visas, while Health Minister Nalinda Jayatissa and Maldivian Health "
        "Minister Abdulla Nazim Ibrahim signed an agreement on hospitals.",
        [{"Vijitha Herath", "Abdulla Khaleel"}, {"Nalinda Jayatissa", "Abdulla Nazim Ibrahim"}]),
    "two unnamed memoranda are two signings": (
        "COLOMBO, May 5 (LNW) - Maldivian President Mohamed Muizzu held talks with President Anura Kumara "
        "Dissanayake on Tuesday.\n\nForeign Minister Vijitha Herath and Maldivian Foreign Minister Dr. "
        "Abdulla Khaleel signed an MoU on visas, while Health Minister Dr. Nalinda Jayatissa and Maldivian "
        "Health Minister Abdulla Nazim Ibrahim signed an MoU on hospitals.",
        [{"Vijitha Herath", "Abdulla Khaleel"}, {"Nalinda Jayatissa", "Abdulla Nazim Ibrahim"}]),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=list(CASES))
def test_each_clause_signs_its_own_document(extract, text, expected):
    record = extract(text)
    assert sorted((people(record, d) for d in agreements(record)), key=sorted) == sorted(expected, key=sorted)


def test_while_with_no_subject_of_its_own_changes_nothing(extract):
    # a guard: "while visiting" opens no clause with a subject (passes on the old code too)
    record = extract(
        "ASTANA, May 5 (Steppe News) - Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign Minister "
        "Bakhtiyor Saidov signed a memorandum on consular cooperation in Astana on Tuesday, while "
        "attending a forum on transport.")
    [document] = agreements(record)
    assert people(record, document) == {"Murat Nurtleu", "Bakhtiyor Saidov"}
