"""Talks told in a frame around another clause (events/geometry.py framing_clause, controller):
participles, fronted phrases and relative clauses whose subject is the framed clause's.

"Following his meeting with Y, X said", "X, speaking after talks with Y, said", "X, who met Y on
Monday, said", "After meeting Y, X flew on": X and Y met.
"""

from __future__ import annotations

import pytest
from event_views import people

from dateline.record import Record

PUBLISHED = "2025-04-16"  # the extract fixture's default (tests/conftest.py)


def kinds(record: Record, kind: str) -> list:
    return [e for e in record.events if e.kind == kind]


@pytest.mark.parametrize(("text", "countries", "persons"), [
    ("Following his meeting with Thai Prime Minister Paetongtarn Shinawatra, Cambodian Prime Minister Hun Manet "
     "said the border crossings would reopen.", ["KHM", "THA"], {"Hun Manet", "Paetongtarn Shinawatra"}),
    ("Chilean President Gabriel Boric, speaking after talks with Argentine President Javier Milei, said the two "
     "countries would build a new road tunnel.", ["ARG", "CHL"], {"Gabriel Boric", "Javier Milei"}),
    ("After talks with Paraguayan Foreign Minister Ruben Ramirez Lezcano, Uruguayan Foreign Minister Mario Lubetkin "
     "told reporters the waterway deal was close.", ["PRY", "URY"], {"Ruben Ramirez Lezcano", "Mario Lubetkin"}),
    ("Saudi Foreign Minister Faisal bin Farhan, who met Iranian Foreign Minister Abbas Araghchi on Monday, said the "
     "talks were constructive.", ["IRN", "SAU"], {"Faisal bin Farhan", "Abbas Araghchi"}),
    ("After meeting Egyptian Foreign Minister Badr Abdelatty in Cairo, Jordanian Foreign Minister Ayman Safadi "
     "flew to Riyadh.", ["EGY", "JOR"], {"Ayman Safadi", "Badr Abdelatty"}),
    ("Kenyan Foreign Minister Musalia Mudavadi made the announcement following talks with Ugandan Foreign Minister "
     "Jeje Odongo on the border dispute.", ["KEN", "UGA"], {"Musalia Mudavadi", "Jeje Odongo"}),
    ("Peruvian Foreign Minister Elmer Schialer gave no details following talks with Bolivian Foreign Minister "
     "Celinda Sosa.", ["BOL", "PER"], {"Elmer Schialer", "Celinda Sosa"}),
])
def test_talks_in_a_frame_take_the_framed_clauses_subject(extract, text, countries, persons):
    record = extract(text)
    [meeting] = kinds(record, "meeting")
    assert meeting.countries == countries
    assert people(record, meeting) == persons
    assert meeting.status == "occurred"


def test_a_framing_meeting_between_others_keeps_its_own_parties(extract):
    record = extract("Following his meeting with the Lao president, Cambodian Prime Minister Hun Manet said the "
                     "talks with Vientiane had gone well.")
    [meeting] = kinds(record, "meeting")
    assert meeting.countries == ["KHM", "LAO"]
