"""The sides a gathering's name pairs are its parties when a bloc is among them (events/format_sides.py):
"the Japan-ASEAN summit", the EU of "the EU-Central Asia summit" (a region paired brings no states: the
guide codes "the China-Central Asia summit in Astana" by its host; not "the Israeli-Palestinian summit" hosted by
Egypt, which its host codes; with no host told, its two states); a body of a group of states that is
no organisation sits with the group's members ("the Council of Foreign Ministers of the Central Asian
states"), not a group the name only talks about ("a conference on Central Asian water")."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-06-18"

CENTRAL_ASIA = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def gathering(record: Record) -> Event:
    found = [e for e in record.events if e.kind in {"gathering", "multilateral"}]
    assert len(found) == 1, [(e.kind, e.name, e.countries) for e in record.events]
    return found[0]


@pytest.mark.parametrize(("text", "countries"), [
    ("ASTANA, 17 June (Kazinform) -- President Kassym-Jomart Tokayev took part in the second China-Central Asia "
     "summit in Astana on Tuesday.", {"KAZ"}),
    ("TOKYO, 17 June (Kyodo) -- Prime Minister Shigeru Ishiba will attend the Japan-ASEAN summit in Kuala Lumpur "
     "in October.", {"JPN", "ASEAN", "MYS"}),
    ("SAMARKAND, 17 June (UzA) -- The first EU-Central Asia summit was held in Samarkand on Thursday.",
     {"EU", "UZB"}),
    ("MANAMA, 17 June (BNA) -- Gulf leaders arrived in Kuala Lumpur for the second ASEAN-GCC-China Summit on "
     "Monday.", {"ASEAN", "GCC", "CHN", "MYS"}),
])
def test_a_format_summit_takes_the_sides_its_name_pairs(extract, text, countries):
    assert set(gathering(extract(text)).countries) == countries


def test_a_summit_of_two_states_alone_is_coded_by_its_host(extract):
    event = gathering(extract("CAIRO, 17 June (MENA) -- Delegations arrived in Sharm el-Sheikh on Monday for an "
                              "Israeli-Palestinian summit hosted by Egypt."))
    assert event.countries == ["EGY"]


@pytest.mark.parametrize(("text", "countries"), [
    ("The announcement comes a day after an Armenian-Azerbaijani summit, where Azerbaijani President Ilham "
     "Aliyev declared an end to the blockade.", ["ARM", "AZE"]),
    ("MOSCOW, 17 June (Reuters) - Officials in both capitals are preparing for a Russia-Ukraine summit next "
     "month, a Kremlin spokesman said.", ["RUS", "UKR"]),
    ("The announcement comes a day after an Armenian-Azerbaijani summit in Abu Dhabi.", ["ARE"]),
    ("CAIRO, 17 June (MENA) -- Egypt is preparing to host an Israeli-Palestinian summit next week, officials "
     "said.", ["EGY"]),
])
def test_a_summit_of_two_states_with_no_host_told_is_theirs(extract, text, countries):
    assert gathering(extract(text)).countries == countries


def test_a_plain_summit_name_adds_no_side(extract):
    event = gathering(extract("ABUJA, 17 June (NAN) -- The summit of the Economic Community of West African States "
                              "opened in Abuja on Monday."))
    assert set(event.countries) == {"ECOWAS", "NGA"}


def test_a_body_of_a_group_of_states_sits_with_its_members(extract):
    record = extract("ASTANA, 17 June (Kazinform) -- Kazakh Foreign Minister Murat Nurtleu arrived in Tashkent on "
                     "Monday to attend the meeting of the Council of Foreign Ministers of the Central Asian states.\n\n"
                     "The ministers discussed water and energy.")
    event = next(e for e in record.events if e.kind in {"gathering", "multilateral"})
    assert set(event.countries) == CENTRAL_ASIA
    assert event.place is not None and event.place.name == "Tashkent"


def test_a_group_the_name_only_talks_about_is_no_party(extract):
    event = gathering(extract("BAKU, 17 June (APA) -- The conference on Central Asian water security opened in Baku "
                              "on Monday."))
    assert set(event.countries) == {"AZE"}


def test_a_council_of_an_organisation_keeps_the_organisation_not_its_members(extract):
    event = gathering(extract("ASTANA, 17 June (Kazinform) -- The meeting of the Council of Heads of State of the SCO "
                              "member states opened in Astana on Monday."))
    assert set(event.countries) == {"SCO", "KAZ"}


def test_a_conference_told_only_by_its_sidelines_is_held_where_the_report_is_from(extract):
    record = extract("ASHGABAT, 17 June (TDH) -- On the sidelines of the international conference \"Dialogue of "
                     "civilizations\", President Serdar Berdimuhamedov received the Secretary General of the OSCE "
                     "on Tuesday.")
    event = next(e for e in record.events if e.kind == "gathering")
    assert event.place is not None and event.place.name == "Ashgabat"
    assert event.countries == ["TKM"]


@pytest.mark.parametrize(("text", "countries"), [
    ("HANOI, 12 May (VNA) -- The Vietnam-Central Asia Investment Forum, which Da Nang will host on 8-9 October, "
     "is expected to draw 300 companies, the ministry said.", ["VNM"]),
    ("ASTANA, 12 October. The Kazakhstan-Central Asia-Korea Business Forum was held in Astana on Monday with the "
     "participation of Deputy Prime Minister Serik Zhumangarin.", ["KAZ"]),
    ("TOKYO, 3 July (Kyodo) -- Japan hosted the first summit of the Central Asia plus Japan Dialogue in Tokyo last "
     "December.", ["JPN"]),
])
def test_a_region_paired_in_a_name_brings_no_states(extract, text, countries):
    assert gathering(extract(text)).countries == countries


@pytest.mark.parametrize(("text", "countries"), [
    ("ASHGABAT, 17 June (TDH) -- The Turkmen-Uzbek business forum was held in Ashgabat on Tuesday with the "
     "participation of Uzbek Deputy Prime Minister Laziz Kudratov.", ["TKM"]),
    ("ROME, 17 June (Wire) -- The two ministers opened an Italy-Serbia business forum in Rome on Tuesday, "
     "attended by some 300 companies.", ["ITA"]),
])
def test_a_business_forum_of_two_states_is_its_hosts(extract, text, countries):
    assert gathering(extract(text)).countries == countries


def test_a_summit_of_two_states_in_one_of_them_keeps_both(extract):
    record = extract("SOCHI, 17 June (Wire) -- The Russia-Turkey summit in Sochi ended on Tuesday.")
    assert gathering(record).countries == ["RUS", "TUR"]
