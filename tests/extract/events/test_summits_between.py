"""A summit told by its day or by who meets at it (issue 14, item 3): "next month's summit between
President X and EU leaders", "a summit with Y in the resort town of Z" is one occasion, named or not,
and its sides are the people at it; "in the capital, Colombo" is its place."""

from __future__ import annotations

from dateline.record import Record

PUBLISHED = "2025-04-15"


def _summit(record: Record):
    (summit,) = [e for e in record.events if e.kind == "gathering"]
    return summit


def test_next_months_summit_between_two_sides(extract):
    record = extract(
        "BRUSSELS, 15 April (Belga) -- European Council President Antonio Costa is expected in Kyiv on Thursday to "
        "prepare for next month's summit between Ukrainian President Volodymyr Zelensky and EU leaders, the "
        "Council's press office said.")
    summit = _summit(record)
    assert summit.status == "planned"
    assert "Volodymyr Zelensky" in summit.persons
    assert "EU" in summit.countries
    assert summit.date is not None and summit.date.start == "2025-05"


def test_a_summit_with_a_leader_in_a_resort_town(extract):
    record = extract(
        "JERUSALEM, 15 April (TPS) -- The Israeli prime minister's office announced plans for a summit with "
        "Egyptian President Abdel Fattah al-Sisi on April 28 in the resort town of Sharm el-Sheikh.")
    summit = _summit(record)
    assert "Abdel Fattah al-Sisi" in summit.persons
    assert summit.place is not None and summit.place.country == "EGY"
    assert summit.date is not None and summit.date.start == "2025-04-28"


def test_a_regional_summit_in_the_capital_named_after_it(extract):
    record = extract(
        "KATHMANDU, 15 April (RSS) -- Leaders of the region will gather for a regional summit in the capital, "
        "Colombo, next week, the Nepali foreign ministry said on Tuesday.")
    summit = _summit(record)
    assert summit.place is not None and (summit.place.name, summit.place.country) == ("Colombo", "LKA")
    assert "LKA" in summit.countries


def test_a_summit_announced_in_the_past_tense_for_a_day_ahead(extract):
    record = extract(
        "ANKARA, 15 April (Anadolu) -- The Turkish presidency announced plans for a summit of the Organization "
        "of Turkic States on May 21 in Budapest, the first to be hosted by an observer state.")
    summit = _summit(record)
    assert summit.status == "planned"
    assert summit.date is not None and summit.date.start == "2025-05-21"


def test_a_forum_once_planned_for_a_month_now_past_keeps_that_month(extract):
    record = extract(
        "TASHKENT, 15 April (UzA) -- The Tashkent International Investment Forum was originally planned for "
        "February but was postponed to June, the organisers said.")
    summit = _summit(record)
    assert summit.date is None or summit.date.start != "2026-02"
