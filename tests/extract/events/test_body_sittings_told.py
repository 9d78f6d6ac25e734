"""A body's sitting told in agency copy (issue 14, items 3-4): talks with a counterpart "on the
sidelines of the SCO Council of Foreign Ministers meeting in Tianjin" are a meeting of their own,
set where the sitting is; "X, Y and Z held the sixth trilateral foreign ministers' dialogue" is a
meeting of the three; "X led Qatar's delegation to the summit" puts X at the summit told before."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-10"


def of_kind(record, *kinds):
    return [e for e in record.events if e.kind in kinds]


@pytest.mark.parametrize(("text", "pair", "city", "country", "org"), [
    ("NEW DELHI, June 9 (Ganges Wire) -- External Affairs Minister S. Jaishankar met his Chinese counterpart Wang "
     "Yi on the sidelines of the SCO Council of Foreign Ministers meeting in Tianjin on Monday.",
     {"IND", "CHN"}, "Tianjin", "CHN", "SCO"),
    ("ASTANA, June 9 (Steppe Wire) -- Kazakh Foreign Minister Murat Nurtleu met his Kyrgyz counterpart Zheenbek "
     "Kulubaev on the sidelines of the CIS Council of Foreign Ministers meeting in Minsk on Monday.",
     {"KAZ", "KGZ"}, "Minsk", "BLR", "CIS"),
])
def test_talks_on_the_sidelines_of_a_body_meeting_are_set_there(extract, text, pair, city, country, org):
    record = extract(text)
    (talks,) = of_kind(record, "meeting")
    assert set(talks.countries) == pair
    assert talks.place is not None and (talks.place.name, talks.place.country) == (city, country)
    (sitting,) = of_kind(record, "multilateral", "gathering")
    assert org in sitting.countries
    assert sitting.place is not None and sitting.place.country == country


@pytest.mark.parametrize(("text", "states", "city"), [
    ("ISLAMABAD, June 9 (Indus Wire) -- Pakistan, China and Afghanistan held the sixth trilateral foreign "
     "ministers' dialogue in Kabul on Monday, the foreign office said.", {"PAK", "CHN", "AFG"}, "Kabul"),
    ("BAKU, June 9 (Caspian Wire) -- Azerbaijan, Turkiye and Georgia will hold a trilateral dialogue of defence "
     "ministers in Tbilisi in July.", {"AZE", "TUR", "GEO"}, "Tbilisi"),
])
def test_a_trilateral_dialogue_is_a_meeting_of_its_three_states(extract, text, states, city):
    (event,) = of_kind(extract(text), "multilateral", "gathering", "meeting")
    assert event.kind == "multilateral"
    assert set(event.countries) == states
    assert event.place is not None and event.place.name == city


@pytest.mark.parametrize(("text", "person"), [
    ("DOHA, June 9 (Pearl Wire) -- The 45th GCC Summit kicked off in Kuwait on Sunday. His Highness the Amir "
     "Sheikh Tamim bin Hamad Al-Thani led Qatar's delegation to the summit.", "Tamim bin Hamad Al-Thani"),
    ("MUSCAT, June 9 (Pearl Wire) -- The 45th GCC Summit opened in Kuwait on Sunday. Omani Foreign Minister Badr "
     "Albusaidi took part in the summit on behalf of the Sultan.", "Badr Albusaidi"),
])
def test_who_led_a_delegation_to_or_took_part_in_the_summit_attends_it(extract, text, person):
    (event,) = of_kind(extract(text), "gathering")
    assert set(event.countries) == {"GCC", "KWT"}
    assert any(person in p for p in event.persons), event.persons


@pytest.mark.parametrize(("text", "org", "state"), [
    ("BRUSSELS, June 9 (Lowlands Wire) -- Dutch Foreign Minister Caspar Veldkamp spoke at the NATO meeting in "
     "Brussels on Monday.", "NATO", "NLD"),
    ("NEW YORK, June 9 (Bosphorus Wire) -- Turkish Foreign Minister Hakan Fidan addressed the UN Security Council "
     "meeting on the Middle East on Monday.", "UN", "TUR"),
])
def test_an_organisations_meeting_is_multilateral(extract, text, org, state):
    (event,) = of_kind(extract(text), "multilateral", "gathering", "meeting")
    assert event.kind == "multilateral"
    assert {org, state} <= set(event.countries)


def test_an_organisations_meetings_in_the_plural_are_no_sitting(extract):
    record = extract("MANILA, June 9 (Luzon Wire) -- The foreign ministers of Malaysia and the Philippines discussed "
                     "preparations for ASEAN meetings under Manila's chairmanship this year by telephone on Monday.")
    assert not of_kind(record, "multilateral", "gathering")


def test_an_organisations_meeting_away_from_its_seat_has_its_host(extract):
    record = extract("ANKARA, June 9 (Anatolia Wire) -- Foreign Minister Hakan Fidan will attend the NATO meeting "
                     "in Antalya next month, his ministry said.")
    (event,) = of_kind(record, "multilateral", "gathering", "meeting")
    assert "NATO" in event.countries
    assert event.place is not None and event.place.name == "Antalya"
