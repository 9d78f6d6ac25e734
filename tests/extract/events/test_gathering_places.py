"""Where a gathering is and who hosts it when its own words do not say (issue 14, item 3): the place
phrase of the verb that holds it ("spoke in Windhoek at a forum", "are gathering in Portugal for a
conference", "met in Nairobi on the sidelines of the summit") is its place and gives its host state;
a session of a body that sits at its seat ("the U.N. General Assembly") is held there."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-06-10"  # the extract fixture's default (tests/conftest.py)


def gatherings(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind in {"gathering", "multilateral"}]


@pytest.mark.parametrize(("text", "city", "country"), [
    ("Namibian President Netumbo Nandi-Ndaitwah spoke on Tuesday in Windhoek at an African energy forum attended "
     "by ministers from 12 countries.", "Windhoek", "NAM"),
    ("The prime ministers of Estonia and Latvia are among those gathering in Portugal this week for a two-day "
     "international conference on ocean shipping.", "Portugal", "PRT"),
    ("Kenyan Foreign Minister Musalia Mudavadi spoke to reporters in Mombasa during a regional conference on "
     "fisheries.", "Mombasa", "KEN"),
])
def test_the_verbs_place_is_the_gatherings(extract, text, city, country):
    (event,) = [e for e in gatherings(extract(text)) if e.kind == "gathering"]
    assert event.place is not None and (event.place.name, event.place.country) == (city, country)
    assert country in event.countries
    assert event.status == "occurred"


def test_a_place_of_another_phrase_is_not_the_gatherings(extract):
    # the place hangs from the minister, not from the verb that holds the summit
    record = extract("Brazil's ambassador in Lisbon spoke at the summit of the Community of Portuguese Language "
                     "Countries on Tuesday, the ministry said.")
    for event in gatherings(record):
        assert event.place is None or event.place.country != "PRT"


@pytest.mark.parametrize("text", [
    "Chilean President Gabriel Boric met Peruvian leaders on Wednesday on the sidelines of the U.N. General "
    "Assembly, his office said.",
    "Ghana's foreign minister addressed the UN General Assembly on Thursday, calling for debt relief.",
])
def test_a_session_of_a_seated_body_is_at_its_seat(extract, text):
    (event,) = [e for e in gatherings(extract(text)) if e.kind == "gathering"]
    assert event.place is not None and event.place.country == "USA"
    assert event.place.name is not None and event.place.name.startswith("New York")
    assert {"UN", "USA"} <= set(event.countries)


def test_the_meeting_place_is_the_summits_on_its_sidelines(extract):
    record = extract("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Wednesday on "
                     "the sidelines of the annual summit of the Pacific Alliance.")
    (summit,) = [e for e in gatherings(record) if e.kind == "gathering"]
    assert summit.place is not None and (summit.place.name, summit.place.country) == ("Lima", "PER")
    assert "PER" in summit.countries
    (meeting,) = [e for e in record.events if e.kind == "meeting"]
    assert meeting.countries == ["CHL", "PER"]


def test_a_special_summit_of_a_seated_body_is_not_put_at_its_seat(extract):
    # the text names no place for a summit of the body's leaders: no host is guessed
    record = extract("The talks will follow a summit of leaders of the United Nations Security Council on "
                     "maritime security later this month.")
    summits = [e for e in gatherings(record) if e.kind == "gathering"]
    assert summits
    assert all(e.place is None and "USA" not in e.countries for e in summits)


@pytest.mark.parametrize(("text", "city", "country"), [
    ("Leaders of the Pacific Alliance will hold their annual summit in the Colombian resort town of Santa Marta "
     "on July 3.", "Santa Marta", "COL"),
    ("Foreign ministers of the Arab League gathered on Sunday for an emergency session in the Egyptian resort "
     "town of Sharm al-Sheikh.", "Sharm al-Sheikh", "EGY"),
    ("Peruvian President Dina Boluarte has announced plans for a summit with Chilean President Gabriel Boric on June 21 in "
     "the Chilean port city of Arica.", "Arica", "CHL"),
])
def test_a_place_told_by_what_it_is(extract, text, city, country):
    (event,) = [e for e in gatherings(extract(text)) if e.kind == "gathering"]
    assert event.place is not None and (event.place.name, event.place.country) == (city, country)
    assert country in event.countries


@pytest.mark.parametrize(("text", "country"), [
    ("Chilean President Gabriel Boric has announced plans for a summit with Bolivian President Luis Arce on May 5 "
     "in the Peruvian town of Puno.", "PER"),
    ("Kenyan President William Ruto has announced plans for a summit with Ugandan President Yoweri Museveni next "
     "month in the Tanzanian lakeside town of Musoma.", "TZA"),
])
def test_the_partys_country_in_the_summits_name_is_not_its_place(extract, text, country):
    (event,) = [e for e in gatherings(extract(text)) if e.kind == "gathering"]
    assert event.place is not None and event.place.country == country
    assert event.countries == [country]


@pytest.mark.parametrize(("text", "host"), [
    ("The talks showed the will of both sides, said an official from Malaysia, this year's host of the ASEAN "
     "summit meetings.", "MYS"),
    ("Police closed roads around the venue on Monday. Kenya, the host of the African Union summit, has deployed "
     "10,000 officers.", "KEN"),
    ("BRASILIA, March 3 (Wire) -- Brazil is the host of the next BRICS summit, the foreign ministry said on "
     "Monday.", "BRA"),
])
def test_a_state_told_as_the_host_of_a_gathering_hosts_it(extract, text, host):
    found = [e for e in extract(text).events if e.kind == "gathering"]
    assert len(found) == 1 and host in found[0].countries, [(e.kind, e.name, e.countries) for e in found]
    assert found[0].place is not None and found[0].place.country == host


@pytest.mark.parametrize(("text", "host"), [
    ("Soldiers patrolled around the Maputo International Conference Center, the venue of the summit, all day.",
     "MOZ"),
    ("Police sealed off the resort of Bled, the venue for this year's Strategic Forum, on Sunday.", "SVN"),
])
def test_a_place_told_as_the_venue_of_a_gathering_places_it(extract, text, host):
    found = [e for e in extract(text).events if e.kind == "gathering"]
    assert len(found) == 1 and host in found[0].countries, [(e.kind, e.name, e.countries) for e in found]
    assert found[0].place is not None and found[0].place.country == host


def test_the_general_assembly_named_bare_sits_at_the_un_seat(extract):
    record = extract(
        "The Secretary-General will present a report on Monday that calls for reforms of the world body. Among "
        "the changes he will call for during a speech to the General Assembly is a larger Security Council.")
    found = [e for e in record.events if e.kind == "gathering"]
    assert len(found) == 1 and set(found[0].countries) == {"UN", "USA"}, [(e.kind, e.name, e.countries) for e in found]
    assert found[0].place is not None and found[0].place.country == "USA"


def test_another_bodys_general_assembly_keeps_its_own_place(extract):
    record = extract(
        "MEDELLIN, June 5 -- The Organization of American States General Assembly opened in Medellin on Monday. "
        "Delegates told the General Assembly that the region needs more trade.")
    found = [e for e in record.events if e.kind == "gathering"]
    assert found and all(e.place is not None and e.place.country == "COL" for e in found), \
        [(e.name, e.place) for e in found]
