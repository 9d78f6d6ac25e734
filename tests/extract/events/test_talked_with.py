"""Talks told by what was said: "discussed X with Y", "spoke with Y", "exchanged views with Y"
(events/cues.py, the talking verbs of lexicons/event_words.yaml).

With an official of another state as the "with" object it is a meeting (a call when the sentence says
by phone); with reporters, a cabinet or no official it is no engagement.
"""

from __future__ import annotations

import pytest
from event_views import people

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def kinds(record: Record, kind: str) -> list:
    return [e for e in record.events if e.kind == kind]


@pytest.mark.parametrize(("text", "countries", "persons", "date"), [
    ("Vietnamese Foreign Minister Bui Thanh Son discussed trade and investment with Singaporean Foreign Minister "
     "Vivian Balakrishnan on Monday.", ["SGP", "VNM"], {"Bui Thanh Son", "Vivian Balakrishnan"}, "2025-05-12"),
    ("Ghanaian President John Mahama discussed border security with his Ivorian counterpart "
     "Alassane Ouattara on Tuesday, the presidency said.", ["CIV", "GHA"], {"John Mahama", "Alassane Ouattara"},
     "2025-05-13"),
    ("Speaking in Kabul, the Uzbek envoy said Uzbek Foreign Minister Bakhtiyor Saidov exchanged views with "
     "Afghan officials on the railway project on Wednesday.", ["AFG", "UZB"], {"Bakhtiyor Saidov"}, "2025-05-14"),
    ("Spanish Prime Minister Pedro Sanchez spoke with Angolan leaders during a stop in Luanda.",
     ["AGO", "ESP"], {"Pedro Sanchez"}, "2025-05-14"),
])
def test_talks_told_by_what_was_said_with_an_official_are_a_meeting(extract, text, countries, persons, date):
    record = extract(text)
    [meeting] = kinds(record, "meeting")
    assert meeting.countries == countries
    assert people(record, meeting) == persons
    assert meeting.status == "occurred"
    assert meeting.date is not None and meeting.date.start == date


def test_discussed_by_telephone_is_a_call_not_a_meeting(extract):
    record = extract("Moroccan King Mohammed VI discussed bilateral ties with Senegalese President Bassirou "
                     "Diomaye Faye by telephone on Sunday.")
    assert not kinds(record, "meeting")
    [call] = kinds(record, "call")
    assert call.countries == ["MAR", "SEN"]


@pytest.mark.parametrize("text", [
    "Nigerian President Bola Tinubu discussed the budget with his cabinet on Monday.",
    "The Kenyan foreign minister spoke with reporters after the vote in Nairobi.",
    "Brazilian Finance Minister Fernando Haddad discussed the reform with business leaders in Sao Paulo.",
    "The Chilean president talked with students at the University of Chile on Friday.",
])
def test_talking_with_no_foreign_official_is_no_meeting(extract, text):
    assert not kinds(extract(text), "meeting")
