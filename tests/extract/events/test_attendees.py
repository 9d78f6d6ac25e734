"""The named people of a gathering (events/attendance.py): its host, attendees and speakers; talks
set at a gathering take its place (events/settings.py).

The GUIDE's persons of a gathering are those who attend or address it; a planned gathering takes
only those the text sends to it. Its countries stay the host and the organisers.
"""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2025-06-02"  # the extract fixture's default (tests/conftest.py)


def gathering(record: Record) -> Event:
    found = [e for e in record.events if e.kind == "gathering"]
    assert len(found) == 1, [(e.kind, e.trigger.text) for e in record.events]
    return found[0]


def people(record: Record, event: Event) -> set[str]:
    ids = [*event.source, *event.recipient, *event.participants]
    return {a.name for i in ids if (a := record.actor(i)) is not None and a.kind == "person"}


def test_the_host_of_a_summit_is_one_of_its_people(extract):
    record = extract("The presidents of Niger and Mali reached the agreement on Tuesday at a summit "
                     "hosted by Algerian President Karim Benali in Algiers.")
    summit = gathering(record)
    assert "Karim Benali" in people(record, summit)
    assert summit.countries == ["DZA"]
    assert summit.place is not None and summit.place.name == "Algiers"


def test_a_speaker_at_a_conference_attends_it(extract):
    record = extract("Egyptian Foreign Minister Samir Rashad made the remarks on Sunday in Doha at a "
                     "conference of the Arab Institute for Security Studies.")
    conference = gathering(record)
    assert people(record, conference) == {"Samir Rashad"}
    assert "EGY" not in conference.countries
    assert conference.place is not None and conference.place.country == "QAT"


def test_a_minister_on_his_way_to_a_summit_is_its_planned_attendee(extract):
    record = extract("Japanese Foreign Minister Haruto Ishida says talks on the fisheries dispute may "
                     "resume soon. Mr. Ishida told reporters en route to Peru for the APEC summit that "
                     "Tokyo had seen encouraging signals.")
    summit = gathering(record)
    assert people(record, summit) == {"Haruto Ishida"}
    assert "JPN" not in summit.countries and "APEC" in summit.countries


def test_someone_merely_named_near_a_forum_is_not_its_attendee(extract):
    record = extract("Critics of Environment Minister Paula Greco said the forum in Turin, which opened "
                     "on Monday, ignored small farmers.")
    forum = gathering(record)
    assert "Paula Greco" not in people(record, forum)


def test_talks_set_at_a_gathering_take_its_place_and_its_host_is_no_party(extract):
    record = extract("The presidents of Niger and Mali signed the accord on Tuesday at a summit hosted by "
                     "Algerian President Karim Benali in Algiers.")
    accord = next(e for e in record.events if e.kind == "agreement")
    assert accord.countries == ["MLI", "NER"]
    assert "Karim Benali" not in people(record, accord)
    assert accord.place is not None and accord.place.name == "Algiers"


def test_a_meeting_on_the_sidelines_is_where_the_summit_is(extract):
    record = extract("Indian Prime Minister Arjun Mehta met Brazilian President Carla Souza on the "
                     "sidelines of the G20 summit in Johannesburg.")
    meeting = next(e for e in record.events if e.kind == "meeting")
    assert meeting.countries == ["BRA", "IND"]
    assert meeting.place is not None and meeting.place.name == "Johannesburg"
