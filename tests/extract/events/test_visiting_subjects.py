"""A guest presented as 'visiting' who is the subject of his own clause visits the state of the one
his clause names, however the parser reads the participle; a 'visiting' guest with no other state
named visits no one."""

from __future__ import annotations

import pytest


def kinds(record) -> list[tuple[str, list[str]]]:
    return sorted((e.kind, e.countries) for e in record.events)


@pytest.mark.parametrize("text, pair", [
    ("The Indian foreign ministry says visiting Nepali Foreign Minister Narayan Khadka met with his Indian "
     "counterpart, Subrahmanyam Jaishankar, on Monday.", ["IND", "NPL"]),
    ("The Thai government says visiting Cambodian Prime Minister Hun Manet held talks with Thai Prime Minister "
     "Srettha Thavisin on Friday.", ["KHM", "THA"]),
])
def test_a_visiting_subject_visits_the_state_he_meets(extract, text, pair):
    assert ("visit", pair) in kinds(extract(text))


def test_a_visiting_scholar_alone_is_no_visit(extract):
    record = extract("A visiting Harvard historian, John Smith, told students the war changed Europe.")
    assert [e for e in record.events if e.kind == "visit"] == []
