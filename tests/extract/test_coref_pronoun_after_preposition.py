"""An object pronoun after a preposition is not the subject of its own clause either (coref_pronouns.py
``_clause_subject``): "X shared the information when High Commissioner Y paid a courtesy call on him":
'him' is X, not Y, though Y is the last person named; so the call's people are X and Y."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-01-20"


def people(record, event):
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


@pytest.mark.parametrize(("text", "expected"), [
    ("DHAKA, Jan 20 (BSS) - Foreign Secretary Asad Alam Siam shared the information when Malaysian High "
     "Commissioner to Bangladesh Mohd Azlan Ismail paid a courtesy call on him at his office here today.",
     {"Asad Alam Siam", "Mohd Azlan Ismail"}),
    ("HANOI, Jan 20 (VNA) - Deputy Prime Minister Bui Thanh Son made the remarks when Japanese Foreign Minister "
     "Toshimitsu Motegi held talks with him in Hanoi on Tuesday.",
     {"Bui Thanh Son", "Toshimitsu Motegi"}),
])
def test_him_after_a_preposition_is_the_other_clause_subject(extract, text, expected):
    record = extract(text)
    talks = [e for e in record.events if e.kind == "meeting"]
    assert talks and people(record, talks[0]) == expected
