"""Gatherings told in real copy (issue 14, item 3 and the errors on real copy): a conference told
with its length is a gathering; its attendees are its persons (who attend, speak at it, host it,
meet on its sidelines, or "are expected to attend" in the next sentence), while its countries stay
the host and the organisers; a summit told twice is one gathering; someone merely invited is no
attendee."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


def gatherings(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "gathering"]


def test_conference_told_with_its_length_and_its_attendees(extract):
    record = extract("The presidents of Peru and Chile are among those gathering in Japan on Monday for a two-day "
                     "international conference on ocean pollution. Peruvian President Dina Boluarte and Chilean "
                     "President Gabriel Boric are expected to attend.")
    (event,) = gatherings(record)
    assert event.name == "two-day international conference on ocean pollution"
    assert set(event.persons) == {"Dina Boluarte", "Gabriel Boric"}
    assert event.status == "occurred"


def test_who_speaks_at_a_forum_and_whom_he_meets_there_attend_it(extract):
    record = extract("Chinese President Xi Jinping spoke on Saturday in Beijing at a forum on trade ties with "
                     "Malaysia. During the forum, Mr. Xi met Malaysian Prime Minister Anwar Ibrahim.")
    (event,) = gatherings(record)
    assert set(event.persons) == {"Xi Jinping", "Anwar Ibrahim"}
    assert event.date.start == "2025-03-08"
    (meeting,) = [e for e in record.events if e.kind == "meeting"]
    assert meeting.countries == ["CHN", "MYS"]


def test_summit_host_and_signatories_attend_but_countries_stay_the_host(extract):
    record = extract("President Abdourahamane Tiani of Niger and President Mahamat Deby of Chad signed a peace "
                     "accord on Wednesday at a summit hosted by Algerian President Abdelmadjid Tebboune in Algiers.")
    (event,) = gatherings(record)
    assert set(event.persons) == {"Abdourahamane Tiani", "Mahamat Deby", "Abdelmadjid Tebboune"}
    assert event.countries == ["DZA"]
    assert event.place is not None and event.place.name == "Algiers"


def test_named_summit_to_be_attended_with_its_organisation(extract):
    record = extract("Bolivian President Luis Arce is to attend the Mercosur summit for talks with his Brazilian "
                     "counterpart.")
    (event,) = gatherings(record)
    assert (event.name, event.status, event.persons) == ("Mercosur summit", "planned", ["Luis Arce"])
    assert "MERCOSUR" in event.countries


def test_summit_told_twice_is_one_gathering_with_its_attendees(extract):
    record = extract("French President Emmanuel Macron will attend the G20 summit in Rio de Janeiro next week. "
                     "At the summit, he will meet Brazilian President Lula.")
    (event,) = gatherings(record)
    assert event.countries == ["BRA", "G20"]
    assert set(event.persons) == {"Emmanuel Macron", "Lula"}
    assert event.status == "planned"


def test_someone_invited_is_no_attendee(extract):
    record = extract("Kenya invited Ugandan President Yoweri Museveni to attend the East African Community summit "
                     "in Nairobi next month.")
    (event,) = gatherings(record)
    assert event.persons == []
    assert event.countries == ["EAC", "KEN"]


def test_members_meeting_for_a_summit_are_the_summit_its_group_organises(extract):
    record = extract("Leaders of the Group of Seven meet in Italy on Thursday for a three-day summit.")
    (event,) = record.events
    assert (event.kind, event.countries, event.status) == ("gathering", ["G7", "ITA"], "planned")
    record = extract("ASEAN foreign ministers gathered in Vientiane on Monday for the annual ASEAN Regional Forum.")
    (event,) = record.events
    assert (event.kind, event.countries, event.status) == ("gathering", ["ASEAN", "LAO"], "occurred")


def test_the_subject_a_long_fronted_phrase_hid_attends_the_forum(extract):
    record = extract("On the sidelines of the Astana International Forum, which opened on Tuesday, Minister of Foreign "
                     "Affairs of the Republic of Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of "
                     "the Republic of Hungary Peter Szijjarto.")
    (event,) = gatherings(record)
    assert set(event.persons) == {"Murat Nurtleu", "Peter Szijjarto"}
