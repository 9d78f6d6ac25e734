"""Where a visit and the talks told with it are.

Issue 14, items 1 and 9: a visit told by its visitor's possessive ("during X's visit to Kigali") frames the
talks told after it; a state whose name is also its adjective ("at the Vatican") is a place; a city
followed by its state ("in San Jose, Costa Rica") is that state's city; "in a Colombian town" is in
Colombia.
"""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.record import Event, Record


@pytest.fixture
def extract(extractor):
    def run(text: str, published: str | None) -> Record:
        return extractor.extract(Article(text=text, id="t", published=published))

    return run


def kind(record: Record, name: str) -> list[Event]:
    return [e for e in record.events if e.kind == name]


def test_talks_after_a_visit_told_by_its_visitors_possessive_are_at_the_destination(extract):
    record = extract(
        "NAIROBI, April 14 (KNA) - Kenya reaffirmed its support for the northern transport corridor on "
        "Tuesday during Kenyan Foreign Minister Musalia Mudavadi's visit to Kigali. After talks with his "
        "Rwandan counterpart Olivier Nduhungirehe, Mudavadi told reporters that cross-border trade had "
        "doubled.", "2026-04-14")
    talks = kind(record, "meeting")
    assert talks and all(e.place is not None and e.place.country == "RWA" for e in talks)  # not the dateline's Nairobi
    visit = kind(record, "visit")[0]
    assert [record.actor(a).name for a in visit.source] == ["Musalia Mudavadi"]


def test_a_state_named_like_its_adjective_is_a_place(extract):
    record = extract("Peruvian President Dina Boluarte met Pope Leo at the Vatican on Thursday.", "2026-05-12")
    meeting = kind(record, "meeting")[0]
    assert meeting.place is not None and meeting.place.country == "VAT"


def test_a_city_followed_by_its_state_is_in_that_state(extract):
    record = extract(
        "Cuban Vice President Salvador Valdes Mesa met Panamanian President Jose Raul Mulino on Friday in "
        "San Jose, Costa Rica, on the sidelines of the Ibero-American Summit.", "2026-11-21")
    for event in record.events:
        assert event.place is not None and event.place.country == "CRI", (event.kind, event.place)
    record = extract(
        "Venezuelan Foreign Minister Yvan Gil met Spanish Foreign Minister Jose Manuel Albares in Valencia, "
        "Spain, on Monday.", "2026-11-24")
    meeting = kind(record, "meeting")[0]
    assert meeting.place is not None and meeting.place.country == "ESP"


def test_a_nameless_town_of_a_state_told_by_its_adjective_places_the_talks_in_that_state(extract):
    record = extract(
        "Turkish President Recep Tayyip Erdogan met Azerbaijani President Ilham Aliyev at a Turkish resort "
        "on Monday.", "2026-05-12")
    meeting = kind(record, "meeting")[0]
    assert meeting.place is not None and meeting.place.country == "TUR" and meeting.place.name == "Turkey"


def test_talks_during_a_visit_told_by_its_visitors_possessive_are_not_in_the_visitors_capital(extract):
    record = extract(
        "DOHA, June 20 (QNA) - Qatar reaffirmed its support for Lebanese stability during Lebanese Prime "
        "Minister Nawaf Salam's visit to Doha on Saturday. Salam also met with the Qatari Prime Minister and "
        "Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al-Thani.", "2026-06-20")
    meeting = kind(record, "meeting")[0]
    assert meeting.place is not None and meeting.place.country == "QAT"  # not the guest's Beirut
