"""Regions and territories that are not states (issue 14; places.py, lexicons/regions.yaml).

A place in the Gaza Strip, Darfur, Crimea or the Kurdistan Region is in the state the territory
belongs to (the gazetteer's convention: PSE, SDN, UKR, IRQ, ...): an engagement held there takes
that country, and a trip of that state's own official there is domestic, not a visit between states.
"""

from __future__ import annotations

import pytest

from dateline.extract.places import lookup_place
from dateline.record import Record


@pytest.mark.parametrize(("name", "code"), [
    ("the Gaza Strip", "PSE"), ("West Bank", "PSE"), ("the occupied West Bank", "PSE"),
    ("Darfur", "SDN"), ("South Darfur", "SDN"), ("Crimea", "UKR"), ("the Kurdistan Region", "IRQ"),
    ("Iraqi Kurdistan", "IRQ"), ("Nagorno-Karabakh", "AZE"), ("Transnistria", "MDA"),
    ("Abkhazia", "GEO"), ("South Ossetia", "GEO"), ("Indian-administered Kashmir", "IND"),
    ("Azad Kashmir", "PAK"), ("Tigray", "ETH"), ("Western Sahara", "ESH"),
])
def test_region_resolves_to_its_state(name, code):
    place = lookup_place(name)
    assert place is not None and place.country == code


def test_bare_kashmir_names_no_one_state():
    assert lookup_place("Kashmir") is None


def engagements(record: Record) -> list[tuple[str, list[str], str | None]]:
    return [(e.kind, e.countries, e.place.country if e.place else None)
            for e in record.events if e.kind in {"visit", "meeting", "call"}]


@pytest.mark.parametrize(("text", "countries", "code"), [
    ("ERBIL, April 8 (INA) -- Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish Foreign Minister Hakan "
     "Fidan in the Kurdistan Region on Monday to discuss water and trade.", ["IRQ", "TUR"], "IRQ"),
    ("Chadian Foreign Minister Abderaman Koulamallah held talks with Sudanese officials in Darfur on Wednesday.",
     ["SDN", "TCD"], "SDN"),
    ("Jordanian Foreign Minister Ayman Safadi met Palestinian President Mahmoud Abbas in the West Bank on "
     "Sunday, the Jordanian ministry said.", ["JOR", "PSE"], "PSE"),
])
def test_engagement_in_a_region_takes_its_country(extract, text, countries, code):
    meetings = [e for e in extract(text).events if e.kind == "meeting"]
    assert [e.countries for e in meetings] == [countries]
    assert meetings[0].place is not None and meetings[0].place.country == code


@pytest.mark.parametrize("text", [
    "RAMALLAH, May 4 (WAFA) -- Palestinian Prime Minister Mohammad Mustafa visited the Gaza Strip on Tuesday "
    "and inspected a water plant.",
    "Moldovan President Maia Sandu visited Transnistria on Monday to open a bridge over the Dniester.",
    "Iraqi Prime Minister Mohammed Shia al-Sudani paid a visit to the Kurdistan Region on Sunday.",
    "Azerbaijani President Ilham Aliyev visited Nagorno-Karabakh on Friday and laid a foundation stone.",
])
def test_trip_home_to_a_region_is_domestic(extract, text):
    assert [k for k, _, _ in engagements(extract(text)) if k == "visit"] == []


def test_visit_of_a_foreign_official_to_a_region_stays(extract):
    record = extract("KHARTOUM, May 4 (SUNA) -- Egyptian Foreign Minister Badr Abdelatty visited Darfur on Tuesday "
                     "and met Sudanese Sovereign Council chairman Abdel Fattah al-Burhan in El Fasher.")
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and visits[0].countries == ["EGY", "SDN"] and visits[0].place.country == "SDN"


def test_visit_whose_visitor_has_no_known_state_stays(extract):
    record = extract("Levy Mwanawasa began a visit to Egypt on Monday, where he will open a trade fair.")
    assert [e for e in record.events if e.kind == "visit"]


def test_trip_to_a_city_is_left_to_the_other_rules(extract):
    record = extract("Austrian Foreign Minister Alexander Schallenberg recalled his Armenian counterpart's previous "
                     "trip to Vienna in May.")
    assert [e for e in record.events if e.kind == "visit"]
