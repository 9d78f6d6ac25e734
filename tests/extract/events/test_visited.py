"""A visit paid to an official is also the talks with that official (issue 14; events/visited.py).

"visited his counterpart in Lome", "paid a visit to President X in Ankara": by the guide a visit
that includes talks is both a `visit` and a `meeting`, with the same parties, place and day. A
visit to a state, a site or people who hold no office is a visit only; talks the sentence tells by
their own words are the one meeting.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def engagements(record: Record) -> list[tuple[str, list[str], list[str], str, str | None, str | None]]:
    return sorted((e.kind, e.countries, e.persons, e.status, e.place.country if e.place else None,
                   e.date.start if e.date else None) for e in record.events if e.kind in {"visit", "meeting"})


@pytest.mark.parametrize(("text", "countries", "persons", "place", "day"), [
    ("Ghana's President John Mahama has visited his counterpart in Togo, Faure Gnassingbe, amid concern over "
     "the border.", ["GHA", "TGO"], ["John Mahama", "Faure Gnassingbe"], "TGO", "2025-05-14"),
    ("Uruguayan President Yamandu Orsi visited Brazilian President Lula da Silva in Brasilia on Friday.",
     ["BRA", "URY"], ["Yamandu Orsi", "Lula da Silva"], "BRA", "2025-05-09"),
    ("Hungarian Prime Minister Viktor Orban paid a visit to Turkish President Recep Tayyip Erdogan in Ankara on "
     "Monday.", ["HUN", "TUR"], ["Viktor Orban", "Recep Tayyip Erdogan"], "TUR", "2025-05-12"),
])
def test_a_visit_to_an_official_is_a_visit_and_a_meeting(extract, text, countries, persons, place, day):
    assert engagements(extract(text)) == [("meeting", countries, persons, "occurred", place, day),
                                          ("visit", countries, persons, "occurred", place, day)]


@pytest.mark.parametrize(("text", "kinds"), [
    ("Uruguayan President Yamandu Orsi visited Brazil last month.", ["visit"]),
    ("Uruguayan President Yamandu Orsi visited a textile factory in Sao Paulo on Friday.", ["visit"]),
    ("Uruguayan President Yamandu Orsi visited Brazilian President Lula da Silva in Brasilia on Friday and held "
     "talks on trade.", ["meeting", "visit"]),
])
def test_a_visit_to_a_place_or_with_its_own_talks_adds_no_meeting(extract, text, kinds):
    assert [kind for kind, *_ in engagements(extract(text))] == kinds
