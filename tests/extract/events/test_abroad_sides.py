"""Visits told by their talks, whichever side the clause makes its subject (events/abroad.py).

The visitor is whoever is away from home: the party whose state is not the place's. "King Y held
talks with X in Riyadh" and "X and Y met in Y's capital" tell X's stay as much as "X met Y in
Riyadh"; the guide's limits (third country, an envoy at his post, a gathering, a call, talks only
planned with no place, a visit already told) still hold.
"""

from __future__ import annotations

import pytest
from event_views import people

from dateline.record import Event, Record

PUBLISHED = "2025-05-14"  # a Wednesday


def visits(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "visit"]


def names(record: Record, ids: list[str]) -> set[str]:
    return {a.name for i in ids if (a := record.actor(i)) is not None and a.kind == "person"}


@pytest.mark.parametrize(("text", "countries", "guest", "host", "city"), [
    # the host as the subject
    ("Jordan's King Abdullah held talks with Chilean President Gabriel Boric in Amman on Tuesday, the royal "
     "court said.", ["CHL", "JOR"], "Gabriel Boric", "Abdullah", "Amman"),
    ("Nigerian President Bola Tinubu met with Ghanaian Foreign Minister Samuel Okudzeto Ablakwa in Abuja on "
     "Monday to discuss regional security.", ["GHA", "NGA"], "Samuel Okudzeto Ablakwa", "Bola Tinubu", "Abuja"),
    # the two told as equals, in the host's city
    ("Bolivian President Luis Arce and Paraguayan President Santiago Pena met in Asuncion on Tuesday and "
     "agreed to expand river trade.", ["BOL", "PRY"], "Luis Arce", "Santiago Pena", "Asunción"),
])
def test_the_guest_is_whoever_is_away_from_home(extract, text, countries, guest, host, city):
    record = extract(text)
    (visit,) = visits(record)
    assert visit.countries == countries
    assert names(record, visit.source) == {guest}
    assert host in names(record, visit.recipient)
    assert visit.place is not None and visit.place.name == city
    assert visit.status == "occurred"
    day = "2025-05-12" if "Monday" in text else "2025-05-13"
    assert visit.date is not None and visit.date.start == day
    assert [e.kind for e in record.events].count("meeting") == 1


def test_an_agency_paragraph_with_the_host_as_subject(extract):
    record = extract(
        "HANOI, May 14 (VNA) -- Vietnamese Prime Minister Pham Minh Chinh held talks with Mongolian Prime "
        "Minister Luvsannamsrain Oyun-Erdene in Hanoi on Tuesday. The two sides discussed coal, tourism and "
        "direct flights, the government portal said.")
    (visit,) = visits(record)
    assert visit.countries == ["MNG", "VNM"]
    assert people(record, visit) == {"Pham Minh Chinh", "Luvsannamsrain Oyun-Erdene"}
    assert names(record, visit.source) == {"Luvsannamsrain Oyun-Erdene"}
    assert visit.place is not None and visit.place.name == "Hanoi"


@pytest.mark.parametrize("text", [
    # talks in a third country, whichever side is the subject
    "Japanese Prime Minister Shigeru Ishiba held talks with Indonesian President Prabowo Subianto in Singapore "
    "on Tuesday.",
    "Bolivian President Luis Arce and Paraguayan President Santiago Pena met in Lima on Tuesday.",
    # a resident ambassador at his post
    "BOGOTA, May 14 -- Colombian President Gustavo Petro received Spain's Ambassador to Colombia Joaquin de "
    "Aristegui on Tuesday.",
    # a call is no visit
    "Kenyan President William Ruto spoke by telephone with Tanzanian President Samia Suluhu Hassan on Tuesday.",
    # talks only planned, with no place and no travel
    "Kenyan President William Ruto plans to meet Tanzanian President Samia Suluhu Hassan to discuss the "
    "border.",
    # at a gathering in that state
    "Ghanaian President John Mahama held talks with Senegalese President Bassirou Diomaye Faye in Dakar on "
    "Tuesday on the sidelines of the ECOWAS summit held in Dakar.",
])
def test_talks_that_tell_no_visit(extract, text):
    record = extract(text)
    assert visits(record) == [], [(e.kind, e.countries) for e in record.events]


@pytest.mark.parametrize(("text", "countries", "guest"), [
    ("Peruvian Foreign Minister Elmer Schialer is to meet with his Ecuadorian counterpart, Gabriela Sommerfeld, "
     "in Lima next week to discuss the border.", ["ECU", "PER"], "Gabriela Sommerfeld"),
    ("Chilean President Gabriel Boric and Argentine President Javier Milei will hold talks in Santiago next "
     "week.", ["ARG", "CHL"], "Javier Milei"),
])
def test_talks_planned_in_the_hosts_city_tell_a_planned_visit(extract, text, countries, guest):
    # the guest must travel to meet there; "plans to meet" with no place tells no trip (above)
    record = extract(text)
    (visit,) = visits(record)
    assert visit.countries == countries
    assert names(record, visit.source) == {guest}
    assert visit.status == "planned"


def test_the_host_who_travels_to_the_guest_is_the_visitor(extract):
    # the Tanzanian is away from home in Nairobi, though he is the one who "received" no one
    record = extract("Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in "
                     "Nairobi on Tuesday.")
    (visit,) = visits(record)
    assert visit.countries == ["KEN", "TZA"]
    assert names(record, visit.source) == {"Samia Suluhu Hassan"}
    assert visit.place is not None and visit.place.country == "KEN"


def test_a_visit_already_told_is_not_told_again_by_the_hosts_talks(extract):
    record = extract("Chilean President Gabriel Boric arrived in Amman on Monday for a two-day visit. Jordan's "
                     "King Abdullah held talks with Boric in Amman on Tuesday.")
    assert len(visits(record)) == 1


def test_past_talks_recalled_in_passing_tell_no_trip(extract):
    # "last met in Kigali in March": earlier talks recalled as of another time, as equals; no trip told
    record = extract(
        "NAIROBI, May 14 -- Kenyan Foreign Minister Musalia Mudavadi held a telephone conversation with Rwandan "
        "Foreign Minister Olivier Nduhungirehe on Wednesday, the ministry said. The two ministers last met in "
        "Kigali in March, when they discussed a joint railway project.")
    assert visits(record) == [], [(e.kind, e.countries) for e in record.events]
    assert any(e.kind == "meeting" and e.place is not None and e.place.name == "Kigali" for e in record.events)


@pytest.mark.parametrize("text", [
    # the wire's own city, the host's official the subject: a national agency reporting from home
    "ANKARA, 8 July (Anadolu) -- Turkish Foreign Minister Hakan Fidan held talks with Kyrgyz Foreign Minister "
    "Jeenbek Kulubaev on Tuesday, the ministry said.",
    # the city of another clause, told before the talks' word
    "Vietnamese President Luong Cuong toured a shipyard in Haiphong on Friday, two days after talks with Lao "
    "President Thongloun Sisoulith.",
])
def test_a_city_not_told_of_the_talks_tells_no_stay_of_the_hosts_guest(extract, text):
    record = extract(text)
    assert visits(record) == [], [(e.kind, e.countries, e.place) for e in record.events]


def test_a_city_that_opens_the_sentence_places_the_hosts_talks(extract):
    record = extract("In Amman, Jordan's King Abdullah held talks with Chilean President Gabriel Boric on Tuesday.")
    (visit,) = visits(record)
    assert visit.countries == ["CHL", "JOR"]
    assert names(record, visit.source) == {"Gabriel Boric"}


def test_talks_told_as_what_follows_the_hosts_words_are_placed_there(extract):
    record = extract("Mongolian President Ukhnaagiin Khurelsukh spoke to reporters in Ulaanbaatar on Tuesday before a "
                     "meeting with Kazakh President Kassym-Jomart Tokayev.")
    (visit,) = visits(record)
    assert visit.countries == ["KAZ", "MNG"]
    assert names(record, visit.source) == {"Kassym-Jomart Tokayev"}
