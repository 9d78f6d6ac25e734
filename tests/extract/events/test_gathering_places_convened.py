"""Where a gathering is when its own words do not say (issue 14, item 3): officials told as one group
convening in a city in the sentence before ("Dozens of heads of state are meeting in Abuja. Among those
attending the summit of the African Union ...") met at the gathering told next with "the"; "the city"
that prepares to host it is the city its sentence just named; and a gathering looked ahead to keeps
none of the talks' words the parser hangs on it ("discussed preparations for the 17th Summit of the ECO
with Secretary General X in Baku on Tuesday": the talks' party, place and day, not the summit's)."""

from __future__ import annotations

PUBLISHED = "2025-04-22"


def gatherings(record):
    return [e for e in record.events if e.kind == "gathering"]


def test_heads_of_state_convening_in_a_city_place_the_summit_told_next(extract):
    record = extract(
        "Dozens of African heads of state are meeting in Kigali on Sunday to discuss peace on the continent. "
        "Among those attending the summit of the African Union is Kenyan President William Ruto.")
    (summit,) = gatherings(record)
    assert summit.place is not None and (summit.place.name, summit.place.country) == ("Kigali", "RWA")
    assert set(summit.countries) == {"AU", "RWA"}


def test_a_summit_told_without_the_article_takes_no_place_from_the_sentence_before(extract):
    record = extract(
        "Dozens of African heads of state are meeting in Kigali on Sunday to discuss peace on the continent. "
        "President William Ruto said an AU summit should be held next year.")
    for summit in gatherings(record):
        assert summit.place is None or summit.place.country != "RWA"


def test_talks_on_preparations_for_a_summit_lend_it_neither_their_party_nor_their_day(extract):
    record = extract(
        "BAKU, April 22 (Caspian Wire) - Azerbaijani Foreign Minister Jeyhun Bayramov discussed preparations "
        "for the 17th Summit of the Economic Cooperation Organization with ECO Secretary General Asad Majeed "
        "Khan in Baku on Tuesday.")
    (summit,) = gatherings(record)
    assert summit.name == "17th Summit of the Economic Cooperation Organization"
    assert summit.status == "planned"
    assert summit.date is None


def test_the_city_that_prepares_to_host_a_summit_is_the_one_just_named(extract):
    record = extract("Police sealed off central Nairobi on Monday as the city prepared to host the African Union summit.")
    (summit,) = gatherings(record)
    assert summit.place is not None and (summit.place.name, summit.place.country) == ("Nairobi", "KEN")
    assert set(summit.countries) == {"AU", "KEN"}


def test_those_among_the_attendees_of_a_summit_are_its_persons(extract):
    record = extract("Among those attending the summit of the African Union in Kigali are Kenyan President William "
                     "Ruto and Nigerian President Bola Tinubu.")
    (summit,) = gatherings(record)
    assert {"William Ruto", "Bola Tinubu"} <= set(summit.persons)
