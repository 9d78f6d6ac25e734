"""Greetings passed on name people who are not there (events/participants.py): "received by X, who
asked him to convey his greetings to President Z" is the guest's talks with X only; "conveyed the
greetings of President Y" does not bring Y to the table."""

from __future__ import annotations

from event_views import people

from dateline.record import Event, Record

PUBLISHED = "2025-02-12"  # the extract fixture's default (tests/conftest.py)


def reception(record: Record) -> Event:
    found = [e for e in record.events if e.kind == "meeting" and e.trigger.text == "received"]
    assert len(found) == 1, [(e.kind, e.trigger.text) for e in record.events]
    return found[0]


def test_greetings_to_a_president_at_home(extract):
    record = extract("Mongolian Foreign Minister Battsetseg Batmunkh was also received by President Shavkat "
                     "Mirziyoyev, who asked her to convey his greetings to President Ukhnaagiin Khurelsukh.")
    meeting = reception(record)
    assert people(record, meeting) == {"Battsetseg Batmunkh", "Shavkat Mirziyoyev"}
    assert meeting.countries == ["MNG", "UZB"]


def test_greetings_passed_on_with_a_particle(extract):
    record = extract("Later on Monday the minister was received by Kazakh President Kassym-Jomart Tokayev, who "
                     "praised the talks and asked Mongolian Foreign Minister Battsetseg Batmunkh to pass on his "
                     "greetings to President Ukhnaagiin Khurelsukh.")
    meeting = reception(record)
    assert "Ukhnaagiin Khurelsukh" not in people(record, meeting)


def test_the_sender_of_greetings_is_not_at_the_table(extract):
    record = extract("Lao Foreign Minister Thongsavanh Phomvihane was received by Vietnamese President Luong "
                     "Cuong on Tuesday and conveyed to him the greetings of Lao President Thongloun Sisoulith.")
    meeting = reception(record)
    assert people(record, meeting) == {"Thongsavanh Phomvihane", "Luong Cuong"}
