"""Visits told by talks reported from the host's city, and visits told in passing (issue 14 items 1
and 6; events/abroad.py, events/story.py in_passing).

"NAIROBI (KNA) -- Indian minister X held talks with Kenyan minister Y": a report from the host's
city of a foreign official's talks with the host's official tells the guest's visit there, as talks
in a stated city do. A visit told in passing with a date of its own ("his first visit to Kenya since
2021") is a past visit of its own: it neither stands for today's stay nor lends its frame.
"""

from __future__ import annotations

from event_views import people

from dateline.record import Event, Record

PUBLISHED = "2025-07-08"

REPORT = (
    "NAIROBI, 8 July (KNA) -- Indian External Affairs Minister Subrahmanyam Jaishankar held talks with "
    "Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi on Tuesday.\n\n"
    "The two ministers reviewed cooperation in trade, health and defence, the ministry said in a "
    "statement. Jaishankar later called on President William Ruto at State House.\n\n"
    "It was Jaishankar's first visit to Kenya since 2021.")


def visits(record: Record) -> list[Event]:
    return sorted((e for e in record.events if e.kind == "visit"), key=lambda e: e.date.start if e.date else "")


def test_talks_reported_from_the_hosts_city_tell_todays_visit(extract):
    record = extract(REPORT)
    past, today = visits(record)
    assert today.countries == ["IND", "KEN"]
    assert today.place is not None and today.place.name == "Nairobi"
    assert today.status == "occurred" and today.date is not None and today.date.start == "2025-07-08"
    assert {"Subrahmanyam Jaishankar", "William Ruto"} <= people(record, today)


def test_the_visit_told_in_passing_is_a_past_visit_to_the_country(extract):
    record = extract(REPORT)
    past, _ = visits(record)
    assert past.date is not None and past.date.start == "2021"
    assert past.status == "occurred"
    assert past.countries == ["IND", "KEN"]
    assert past.place is not None and past.place.country == "KEN" and past.place.name != "Nairobi"
    assert "Subrahmanyam Jaishankar" in people(record, past)


def test_talks_of_the_dateline_states_own_official_as_subject_tell_no_visit(extract):
    record = extract(
        "ANKARA, 8 July (Anadolu) -- Turkish Foreign Minister Hakan Fidan held talks with Azerbaijani "
        "Foreign Minister Jeyhun Bayramov on Tuesday, the ministry said.")
    assert [(e.kind, e.countries) for e in record.events] == [("meeting", ["AZE", "TUR"])]


def test_talks_reported_from_a_third_city_tell_no_visit(extract):
    record = extract(
        "BRUSSELS, 8 July (Belga) -- Indian External Affairs Minister Subrahmanyam Jaishankar held talks with "
        "Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi on Tuesday.")
    assert visits(record) == []


def test_a_tour_ends_in_the_city_its_noun_is_wrapped_up_in(extract):
    record = extract("Japanese Prime Minister Shigeru Ishiba wrapped up a three-nation tour of Southeast "
                     "Asia in Jakarta on Sunday.")
    (visit,) = visits(record)
    assert visit.countries == ["IDN", "JPN"]
    assert visit.place is not None and visit.place.name == "Jakarta"


def test_an_ambassador_received_in_the_capital_he_is_posted_to_makes_no_visit(extract):
    record = extract(
        "BOGOTA, 7 July (Cordillera Wire) -- On Monday, Colombian Attorney General Luz Adriana Camargo "
        "received Spain's Ambassador to Colombia Joaquin de Aristegui, who conveyed an invitation from "
        "Spanish Attorney General Alvaro Garcia Ortiz to attend a conference in Madrid.")
    assert visits(record) == []
    assert any(e.kind == "meeting" and e.countries == ["COL", "ESP"] for e in record.events)
