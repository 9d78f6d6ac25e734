"""An ambassador at his post makes no visit (events/resident.py): his talks in the state he is posted
to are talks only; a minister's trip, or a special envoy's, stays a visit."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def kinds(record: Record) -> list[tuple[str, list[str]]]:
    return sorted((e.kind, e.countries) for e in record.events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Japanese Ambassador to Azerbaijan Takashi Yamamoto met Azerbaijani Deputy Foreign Minister Elnur "
     "Mammadov in Baku on Monday.", [("meeting", ["AZE", "JPN"])]),
    ("Kuwait's Ambassador to Egypt Ghanim Al-Ghanim met Egyptian Foreign Minister Badr Abdelatty in Cairo on "
     "Tuesday to discuss bilateral ties.", [("meeting", ["EGY", "KWT"])]),
    ("The newly appointed Ambassador of Italy to Kazakhstan, Marco Alberti, visited the Kazakh Foreign Ministry "
     "in Astana, where he was received by Deputy Minister Roman Vassilenko.", [("meeting", ["ITA", "KAZ"])]),
])
def test_an_ambassadors_talks_at_his_post_are_no_visit(extract, text, expected):
    assert kinds(extract(text)) == expected


@pytest.mark.parametrize(("text", "visitor"), [
    ("Uzbek Foreign Minister Bakhtiyor Saidov met Turkmen Foreign Minister Rashid Meredov in Ashgabat on Monday.",
     "Bakhtiyor Saidov"),
    ("US Special Envoy Amos Hochstein arrived in Beirut on Monday for talks with Lebanese Prime Minister "
     "Najib Mikati.", "Amos Hochstein"),
])
def test_a_minister_or_a_special_envoy_abroad_still_visits(extract, text, visitor):
    found = [e for e in extract(text).events if e.kind == "visit"]
    assert len(found) == 1 and visitor in found[0].persons
