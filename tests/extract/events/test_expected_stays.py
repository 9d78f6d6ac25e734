"""'X is due in Baku on Monday', 'X is expected in Cairo': a stay announced ahead is a planned visit
in the named city (events/cues.py expected_presence)."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize(("text", "countries", "person", "city"), [
    ("Egyptian President Abdel Fattah el-Sisi is due in Nairobi on Monday, his office said.",
     ["EGY", "KEN"], "Abdel Fattah el-Sisi", "Nairobi"),
    ("US Secretary of State Antony Blinken is expected in Cairo on Wednesday, the State Department said.",
     ["EGY", "USA"], "Antony Blinken", "Cairo"),
    ("Chilean Foreign Minister Alberto van Klaveren is due in Montevideo later this month for talks on trade.",
     ["CHL", "URY"], "Alberto van Klaveren", "Montevideo"),
])
def test_an_official_due_or_expected_abroad_makes_a_planned_visit(extract, text, countries, person, city):
    found = [e for e in extract(text).events if e.kind == "visit"]
    assert len(found) == 1, [(e.kind, e.countries) for e in found]
    visit = found[0]
    assert (visit.countries, visit.status, visit.place.name if visit.place else None) == (countries, "planned", city)
    assert person in visit.persons


def test_due_at_home_is_no_visit(extract):
    record = extract("Kenyan President William Ruto is due in Nairobi on Monday after a week abroad.")
    assert not [e for e in record.events if e.kind == "visit" and e.countries == ["KEN"] and e.place
                and e.place.name == "Nairobi"]


def test_the_due_stay_retells_the_announced_trip(extract):
    record = extract("Egyptian President Abdel Fattah el-Sisi will travel to Kenya next week. Sisi is due in "
                     "Nairobi on Monday.")
    assert [(e.countries, e.status) for e in record.events if e.kind == "visit"] == [(["EGY", "KEN"], "planned")]
