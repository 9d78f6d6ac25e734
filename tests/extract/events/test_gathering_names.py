"""Gatherings named in agency copy (issue 14, item 3): a forum named after its city is held there
("the Antalya Diplomacy Forum" -> TUR) when nothing else says where, but a name that opens with a
country or a region is not a city's; a capitalised "Week" in a name is an occasion, not a time span;
a conference named by its topic ("a conference on energy security", "a donor conference") is a
gathering, while a press or news conference, or "a conference on Monday", is not; who speaks at the
opening or a segment of a gathering attends it."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-04-14"  # the extract fixture's default (tests/conftest.py)


def gatherings(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "gathering"]


@pytest.mark.parametrize(("text", "name", "city", "country"), [
    ("BAKU, April 14 (Caspian Wire) - Azerbaijani Foreign Minister Jeyhun Bayramov took part in the Antalya "
     "Diplomacy Forum on Saturday.", "Antalya Diplomacy Forum", "Antalya", "TUR"),
    ("MINSK, April 14 (Belta) - Belarusian Prime Minister Alexander Turchin spoke at the St. Petersburg "
     "International Economic Forum on Friday.", "St. Petersburg International Economic Forum", "Saint Petersburg",
     "RUS"),
    ("BERLIN, April 14 (Spree Wire) - German Defence Minister Boris Pistorius addressed the 61st Munich Security "
     "Conference on Saturday.", "61st Munich Security Conference", "Munich", "DEU"),
])
def test_a_gathering_named_after_its_city_is_there(extract, text, name, city, country):
    (event,) = gatherings(extract(text))
    assert event.name == name
    assert event.place is not None and (event.place.name, event.place.country) == (city, country)
    assert event.countries == [country]
    assert len(event.persons) == 1


@pytest.mark.parametrize(("text", "country"), [
    ("CAIRO, April 14 (Nile Post) - The Arab League summit will open in Baghdad on Saturday.", "IRQ"),
    ("ADDIS ABABA, April 14 (Horn Daily) - The third Russia-Africa Summit will be held in Addis Ababa next year.",
     "ETH"),
])
def test_a_name_that_opens_with_a_state_or_region_is_placed_by_the_text(extract, text, country):
    (event,) = gatherings(extract(text))
    assert event.place is not None and event.place.country == country


@pytest.mark.parametrize(("text", "name", "country"), [
    ("BAKU, April 14 (Caspian Wire) - The 30th Baku Energy Week opened in the Azerbaijani capital on Tuesday.",
     "30th Baku Energy Week", "AZE"),
    ("ABU DHABI, April 14 (Gulf Dispatch) - French President Emmanuel Macron addressed the opening of Abu Dhabi "
     "Sustainability Week on Monday.", "Abu Dhabi Sustainability Week", "ARE"),
])
def test_a_week_in_a_name_is_an_occasion(extract, text, name, country):
    (event,) = gatherings(extract(text))
    assert event.name == name
    assert event.countries == [country]
    assert event.status == "occurred"


def test_who_addresses_the_opening_or_a_segment_attends(extract):
    record = extract("VIENNA, April 14 (Danube Wire) - Kazakh Foreign Minister Murat Nurtleu spoke at the "
                     "high-level segment of the IAEA General Conference in Vienna on Monday.")
    (event,) = gatherings(record)
    assert event.persons == ["Murat Nurtleu"]
    assert event.place is not None and event.place.country == "AUT"


def test_the_next_week_is_no_gathering(extract):
    record = extract("GENEVA, April 14 (Alpine Ledger) - The talks between Armenia and Azerbaijan will resume next "
                     "week in Geneva.")
    assert not gatherings(record)


@pytest.mark.parametrize(("text", "name", "country", "status"), [
    ("WASHINGTON, April 14 (Potomac Wire) - The president has invited representatives of 11 countries to a "
     "conference on energy security, to be held in Washington on June 3-4.", "conference on energy security",
     "USA", "planned"),
    ("OSLO, April 14 (Fjord Wire) - Norway hosted a donor conference for Sudan in Oslo on Monday.",
     "donor conference for Sudan", "NOR", "occurred"),
    ("STOCKHOLM, April 14 (Nordic Post) - Sweden will host a peace conference on the Horn of Africa in Stockholm "
     "next month.", "peace conference on the Horn of Africa", "SWE", "planned"),
])
def test_a_conference_named_by_its_topic(extract, text, name, country, status):
    (event,) = gatherings(extract(text))
    assert event.name == name
    assert event.countries == [country]
    assert event.status == status


@pytest.mark.parametrize("text", [
    "ASTANA, April 14 (Steppe News) - The Kazakh minister told a news conference on Monday that the talks had gone "
    "well.",
    "BAKU, April 14 (Caspian Wire) - The two ministers held a press conference on the results of the talks in Baku.",
    "TASHKENT, April 14 (Registan Post) - The ministers will hold a conference on Monday.",
    "MOSCOW, Jan 14 - Foreign Minister Sergey Lavrov said at an annual press conference on Tuesday that the talks "
    "would go on.",
    "ANKARA, Dec 20 - The Turkish president told his year-end news conference that he would travel to Baku.",
])
def test_a_press_conference_or_a_dated_one_is_no_gathering(extract, text):
    assert not gatherings(extract(text))


@pytest.mark.parametrize(("text", "countries", "city", "status"), [
    ("JAKARTA, April 14 (Archipelago News) - ASEAN leaders will gather in Kuala Lumpur for their summit in "
     "October, the secretariat said.", {"ASEAN", "MYS"}, "Kuala Lumpur", "planned"),
    ("ASHGABAT, April 14 (Turkmen Herald) - The Caspian littoral states will hold their summit in Tehran next year.",
     {"IRN"}, "Tehran", "planned"),
    ("BUDAPEST, April 14 (Danube Wire) - The Turkic states held their informal summit in Budapest on Sunday.",
     {"HUN"}, "Budapest", "occurred"),
])
def test_a_body_or_group_holding_its_summit(extract, text, countries, city, status):
    (event,) = gatherings(extract(text))
    assert countries <= set(event.countries)
    assert event.place is not None and event.place.name == city
    assert event.status == status


def test_two_leaders_holding_their_meeting_is_no_gathering(extract):
    record = extract("ASTANA, April 14 (Steppe News) - The two presidents will hold their meeting in Astana.")
    assert not gatherings(record)


def test_a_named_gathering_told_as_coming_is_one(extract):
    record = extract("MINSK, April 14 (Belta) - Within the framework of the visit, the parties also discussed the "
                     "upcoming Eurasian Economic Forum.")
    (event,) = gatherings(record)
    assert event.name == "Eurasian Economic Forum"
    assert event.status == "planned"


def test_an_unnamed_coming_summit_is_no_gathering(extract):
    assert not gatherings(extract("ASTANA, April 14 (Steppe News) - The ministers discussed the forthcoming summit."))


def test_a_session_of_a_seated_body_is_at_its_seat(extract):
    record = extract("BISHKEK, April 14 (Ala-Too Wire) - President Sadyr Japarov delivered a speech at the general "
                     "debate of the 80th session of the UN General Assembly.")
    (event,) = gatherings(record)
    assert event.place is not None and event.place.country == "USA"
    assert set(event.countries) == {"UN", "USA"}
    assert "Sadyr Japarov" in event.persons


def test_a_body_of_an_organisations_member_states_is_the_organisations(extract):
    record = extract("ASHGABAT, April 14 (Turkmen Herald) - The Turkmen delegation took part in the 28th meeting of "
                     "the Council of Heads of Government of the SCO member states held in Islamabad.")
    (event,) = [e for e in record.events if e.kind in {"gathering", "multilateral"}]
    assert {"SCO", "PAK"} <= set(event.countries)
    assert event.place is not None and event.place.name == "Islamabad"


def test_an_organisations_council_meeting_abroad_is_where_the_text_puts_it(extract):
    record = extract("BAKU, April 14 (Caspian Wire) - Azerbaijan's Deputy Foreign Minister took part in the 31st "
                     "meeting of the OSCE Ministerial Council in Malta.")
    (event,) = [e for e in record.events if e.kind in {"gathering", "multilateral"}]
    assert event.place is not None and event.place.country == "MLT"
    assert {"OSCE", "AZE"} <= set(event.countries)


@pytest.mark.parametrize("text", [
    "DHAKA, March 3 (Delta Wire) - The cabinet approved the draft law at a meeting held at the Cabinet Division "
    "conference room with the Prime Minister in the chair.",
    "BERLIN, June 3 (Euro Wire) - German Chancellor and summit host Angela Merkel said she would not compromise on "
    "the emissions targets.",
])
def test_a_gathering_noun_that_modifies_another_noun_names_no_gathering(extract, text):
    assert not gatherings(extract(text))
