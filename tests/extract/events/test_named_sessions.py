"""Named sessions of intergovernmental bodies in agency copy (issue 14, item 3): a body holding "its
67th ordinary session" holds a gathering; "is slated for July 10-11 in Malabo" and "left for Istanbul
to attend the session" give the session its place; "ahead of / preparations for / on the eve of the
meeting of the X Council" name the body's sitting (a planned multilateral meeting of the IGO) without
taking the clause's own talks, parties, or day."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-06-10"  # the extract fixture's default (tests/conftest.py)


def kinds(record: Record, *wanted: str) -> list[Event]:
    return [e for e in record.events if e.kind in wanted]


@pytest.mark.parametrize(("text", "org", "city", "country", "day"), [
    ("ABUJA, June 9 (Sahel Wire) - The ECOWAS Authority of Heads of State and Government will hold its 67th "
     "ordinary session in Abuja on June 22, the commission said on Monday.", "ECOWAS", "Abuja", "NGA", "2025-06-22"),
    ("NAIROBI, June 9 (Rift Post) - The IGAD Assembly of Heads of State and Government is to hold its 41st "
     "extraordinary session in Djibouti on June 30, officials said.", "IGAD", "Djibouti", "DJI", "2025-06-30"),
    ("JAKARTA, June 9 (Archipelago News) - The ASEAN Economic Ministers will convene their 57th meeting in Manila "
     "on July 3, the secretariat said on Monday.", "ASEAN", "Manila", "PHL", "2025-07-03"),
])
def test_a_body_holding_its_numbered_session(extract, text, org, city, country, day):
    (event,) = kinds(extract(text), "gathering", "multilateral")
    assert event.status == "planned"
    assert {org, country} <= set(event.countries)
    assert event.place is not None and (event.place.name, event.place.country) == (city, country)
    assert event.date is not None and event.date.start == day


def test_a_body_of_no_organisation_holding_its_session_is_no_gathering(extract):
    record = extract("LAGOS, June 9 (Delta Times) - The union will hold its 67th ordinary session in Lagos on June 20.")
    assert not kinds(record, "gathering", "multilateral")


@pytest.mark.parametrize(("text", "org", "city", "country"), [
    ("ADDIS ABABA, June 9 (Horn Daily) - The 47th ordinary session of the Executive Council of the African "
     "Union is slated for July 10-11 in Malabo, Equatorial Guinea.", "AU", "Malabo", "GNQ"),
    ("CASTRIES, June 9 (Windward Wire) - The 49th regular meeting of the Conference of Heads of Government of "
     "CARICOM is scheduled for July 6-8 in Montego Bay, Jamaica.", "CARICOM", "Montego Bay", "JAM"),
])
def test_a_session_slated_for_days_in_a_city(extract, text, org, city, country):
    (event,) = kinds(extract(text), "gathering", "multilateral")
    assert event.status == "planned"
    assert set(event.countries) == {org, country}
    assert event.place is not None and (event.place.name, event.place.country) == (city, country)


@pytest.mark.parametrize(("text", "org", "city", "country"), [
    ("ISLAMABAD, June 9 (Indus Wire) - Pakistani Foreign Minister Ishaq Dar on Monday left for Istanbul to "
     "attend the 51st session of the OIC Council of Foreign Ministers.", "OIC", "Istanbul", "TUR"),
    ("DHAKA, June 9 (Delta Herald) - Bangladeshi Foreign Adviser Touhid Hossain flew to Kuala Lumpur on Monday "
     "to take part in the 58th ASEAN Regional Forum session.", "ASEAN", "Kuala Lumpur", "MYS"),
])
def test_a_journey_to_attend_a_session_gives_its_place(extract, text, org, city, country):
    (event,) = [e for e in kinds(extract(text), "gathering") if org in e.countries]
    assert event.place is not None and (event.place.name, event.place.country) == (city, country)
    assert country in event.countries


@pytest.mark.parametrize(("text", "person"), [
    ("ISLAMABAD, June 9 (Indus Wire) - Pakistani Foreign Minister Ishaq Dar on Monday left for Istanbul to "
     "attend the 51st session of the OIC Council of Foreign Ministers.", "Ishaq Dar"),
    ("RABAT, June 9 (Atlas Wire) - Moroccan Foreign Minister Nasser Bourita left for Jeddah on Monday to attend "
     "the extraordinary session of the OIC Council of Foreign Ministers.", "Nasser Bourita"),
])
def test_who_travels_to_attend_a_session_attends_it(extract, text, person):
    (event,) = [e for e in kinds(extract(text), "gathering") if "OIC" in e.countries]
    assert person in event.persons


@pytest.mark.parametrize(("text", "org", "pair", "people"), [
    ("BEIJING, June 9 (Yellow River Wire) - Ahead of the 25th meeting of the Council of Heads of State of the "
     "Shanghai Cooperation Organization, Chinese Foreign Minister Wang Yi met with his Kyrgyz counterpart "
     "Jeenbek Kulubaev in Beijing on Monday.", "SCO", {"CHN", "KGZ"}, {"Wang Yi", "Jeenbek Kulubaev"}),
    ("MINSK, June 9 (Polesie News) - Belarusian Foreign Minister Maxim Ryzhenkov and his Armenian counterpart "
     "Ararat Mirzoyan discussed preparations for the meeting of the CSTO Council of Foreign Ministers during "
     "talks in Minsk on Monday.", "CSTO", {"BLR", "ARM"}, {"Maxim Ryzhenkov", "Ararat Mirzoyan"}),
    ("DUSHANBE, June 9 (Pamir Post) - On the eve of the meeting of the CIS Council of Heads of State, Tajik "
     "President Emomali Rahmon received Kyrgyz President Sadyr Japarov in Dushanbe on Monday.", "CIS",
     {"TJK", "KGZ"}, {"Emomali Rahmon", "Sadyr Japarov"}),
])
def test_a_sitting_the_clause_looks_ahead_to(extract, text, org, pair, people):
    record = extract(text)
    (talks,) = kinds(record, "meeting")
    assert set(talks.countries) == pair and set(talks.persons) == people
    assert talks.status == "occurred" and talks.date is not None and talks.date.start == "2025-06-09"
    (sitting,) = kinds(record, "multilateral", "gathering")
    assert org in sitting.countries and not sitting.persons
    assert sitting.status == "planned" and sitting.date is None


def test_a_sitting_looked_ahead_to_keeps_its_own_date(extract):
    record = extract("ASTANA, June 9 (Steppe Wire) - The ministers discussed preparations for the meeting of the "
                     "CIS Council of Heads of Government, to be held in Minsk in October.")
    (sitting,) = kinds(record, "multilateral", "gathering")
    assert sitting.status == "planned" and sitting.date is not None and sitting.date.start == "2025-10"


def test_at_the_meeting_of_a_council_its_speakers_attend(extract):
    record = extract("BAKU, June 9 (Caspian Wire) - At the meeting of the Council of Foreign Ministers of the "
                     "Organization of Turkic States in Gabala on Monday, Azerbaijani Foreign Minister Jeyhun Bayramov "
                     "and Turkish Foreign Minister Hakan Fidan discussed cooperation.")
    (sitting,) = kinds(record, "multilateral")
    assert {"OTS", "AZE", "TUR"} <= set(sitting.countries)
    assert set(sitting.persons) == {"Jeyhun Bayramov", "Hakan Fidan"}
    assert sitting.status == "occurred"


@pytest.mark.parametrize(("text", "org", "city", "country", "day"), [
    ("CAIRO, June 9 (Nile Desk) - The Arab League summit is set to open in Baghdad on June 17.",
     "LAS", "Baghdad", "IRQ", "2025-06-17"),
    ("JAKARTA, June 9 (Archipelago News) - The ASEAN summit is expected to convene in Kuala Lumpur on June 26.",
     "ASEAN", "Kuala Lumpur", "MYS", "2025-06-26"),
])
def test_a_summit_set_to_open_in_a_city(extract, text, org, city, country, day):
    (event,) = kinds(extract(text), "gathering")
    assert event.status == "planned" and set(event.countries) == {org, country}
    assert event.place is not None and (event.place.name, event.place.country) == (city, country)
    assert event.date is not None and event.date.start == day
