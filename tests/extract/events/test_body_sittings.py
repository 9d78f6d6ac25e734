"""Sittings of intergovernmental bodies named without their organisation's acronym (issue 14, item 3):
"the Supreme Eurasian Economic Council", "the Eurasian Intergovernmental Council" are the EAEU's
councils; "the D-8 summit", the Aral Sea fund's summit, the ACTO ministerial meeting are their
organisations' gatherings. A sitting told with its city takes that city, not the dateline's."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-09-16"


def _sittings(record: Record) -> list:
    return [e for e in record.events if e.kind in {"multilateral", "gathering"}]


def _people(record: Record, event) -> set[str]:
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


@pytest.mark.parametrize(("text", "org", "city", "country", "status"), [
    ("MINSK, 16 September (BelTA) -- A meeting of the Supreme Eurasian Economic Council took place at the "
     "Palace of Independence in Minsk on Tuesday, with the leaders discussing the common energy market.",
     "EAEU", "Minsk", "BLR", "occurred"),
    ("YEREVAN, 16 September (Armenpress) -- The next meeting of the Eurasian Intergovernmental Council will be "
     "held in Yerevan in November, the government's press office said on Tuesday.",
     "EAEU", "Yerevan", "ARM", "planned"),
    ("DUSHANBE, 16 September (Khovar) -- The summit of the heads of state of the founders of the International "
     "Fund for Saving the Aral Sea will be held in Dushanbe in October, the Tajik Foreign Ministry said.",
     "IFAS", "Dushanbe", "TJK", "planned"),
    ("CAIRO, 16 September (MENA) -- Egyptian President Abdel Fattah al-Sisi chaired the D-8 summit in Cairo on "
     "Tuesday, which gathered leaders and ministers of the group's member states.",
     "D8", "Cairo", "EGY", "occurred"),
])
def test_a_sitting_of_a_body_known_by_its_own_name(extract, text, org, city, country, status):
    (sitting,) = _sittings(extract(text))
    assert {org, country} <= set(sitting.countries)
    assert sitting.status == status
    if city is not None:
        assert sitting.place is not None and (sitting.place.name, sitting.place.country) == (city, country)


def test_a_delegate_reporting_from_home_puts_the_sitting_where_it_sat(extract):
    record = extract(
        "BISHKEK, 16 September (Kabar) -- Kyrgyz Prime Minister Adylbek Kasymaliev took part in a meeting of the "
        "Eurasian Intergovernmental Council in Minsk on Tuesday. The heads of government discussed customs "
        "administration and the digital agenda of the union.")
    (sitting,) = _sittings(record)
    assert {"EAEU", "KGZ"} <= set(sitting.countries)
    assert _people(record, sitting) == {"Adylbek Kasymaliev"}
    assert sitting.place is not None and (sitting.place.name, sitting.place.country) == ("Minsk", "BLR")
    assert sitting.date is not None and sitting.date.start == "2025-09-16"


@pytest.mark.parametrize(("text", "org", "country"), [
    ("BAKU, 16 September (Trend) -- Azerbaijani President Ilham Aliyev attended the Organization of Turkic States "
     "summit in Budapest on Tuesday, the presidential press service reports.", "OTS", "HUN"),
    ("VIENTIANE, 16 September (KPL) -- Lao Prime Minister Sonexay Siphandone will attend the Association of "
     "Southeast Asian Nations summit in Kuala Lumpur next month.", "ASEAN", "MYS"),
    ("BISHKEK, 16 September (Kabar) -- Kyrgyz President Sadyr Japarov will attend the Collective Security "
     "Treaty Organization summit in Moscow in November.", "CSTO", "RUS"),
])
def test_an_organisation_spelled_out_before_its_summit_organises_it(extract, text, org, country):
    (sitting,) = _sittings(extract(text))
    assert set(sitting.countries) == {org, country}


def test_the_ministers_meeting_of_an_organisation_spelled_out(extract):
    record = extract(
        "ANKARA, 16 September (Anadolu) -- Turkish Foreign Minister Hakan Fidan addressed the Organisation of "
        "Islamic Cooperation foreign ministers' meeting in Jeddah on Tuesday, calling for a ceasefire.")
    (sitting,) = _sittings(record)
    assert {"OIC", "TUR"} <= set(sitting.countries)
    assert "Hakan Fidan" in sitting.persons
    assert sitting.place is not None and (sitting.place.name, sitting.place.country) == ("Jeddah", "SAU")


def test_a_summit_told_beside_another_sitting_keeps_its_own_city(extract):
    record = extract(
        "ASTANA, 16 September (Kazinform) -- The sides discussed preparations for the meeting of the CIS Council "
        "of Foreign Ministers, which will be held in Almaty on October 3, and exchanged views on the agenda of the "
        "CIS summit scheduled for November in Bishkek.")
    (summit,) = [e for e in record.events if e.kind == "gathering"]
    assert set(summit.countries) == {"CIS", "KGZ"}
    assert summit.place is not None and (summit.place.name, summit.place.country) == ("Bishkek", "KGZ")
    assert summit.date is not None and summit.date.start == "2025-11"
    (ministers,) = [e for e in record.events if e.kind == "multilateral"]
    assert ministers.place is not None and ministers.place.name == "Almaty"


def test_a_river_basin_organisation_summit(extract):
    record = extract(
        "NOUAKCHOTT, 16 September (AMI) -- Mauritanian President Mohamed Ould Cheikh El Ghazouani and his Guinean "
        "counterpart Mamadi Doumbouya said they would attend the summit of the Organization for the Development of "
        "the Senegal River (OMVS) in Bamako in November.")
    (summit,) = [e for e in record.events if e.kind == "gathering"]
    assert set(summit.countries) == {"MLI", "OMVS"}
    assert summit.status == "planned"


def test_the_attendee_of_a_summit_of_an_organisation_spelled_out(extract):
    record = extract(
        "BAKU, 16 September (Trend) -- Azerbaijani President Ilham Aliyev attended the Organization of Turkic States "
        "summit in Gabala on Tuesday.")
    (summit,) = _sittings(record)
    assert "Ilham Aliyev" in summit.persons


@pytest.mark.parametrize(("text", "org", "country"), [
    ("CANBERRA, 16 September (AAP) -- Prime Minister Anthony Albanese confirmed that he will attend the East Asia "
     "Summit in Kuala Lumpur in October.", "ASEAN", "MYS"),
    ("AMMAN, 16 September (Petra) -- The two ministers discussed preparations for the 35th Arab Summit, which will "
     "be held in Riyadh next May.", "LAS", "SAU"),
])
def test_a_summit_convened_by_an_organisation_it_does_not_name(extract, text, org, country):
    (summit,) = _sittings(extract(text))
    assert set(summit.countries) == {org, country}
    assert summit.status == "planned"
