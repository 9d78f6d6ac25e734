"""Who sits at a multilateral meeting, told in a clause or sentence of its own (issue 14, items 3-4:
member states and attending states): "was held in Gabala, bringing together the ministers of A, B
and C", "It brought together ...", and officials of three or more states acting together in the
sentence right after the meeting."""

from __future__ import annotations

import pytest
from event_views import people

PUBLISHED = "2025-06-10"


def sittings(record):
    return [e for e in record.events if e.kind in {"multilateral", "gathering"}]


@pytest.mark.parametrize("text", [
    "ASTANA, June 9 (Steppe Wire) -- The meeting of the Council of Foreign Ministers of the Organization of Turkic "
    "States was held in Gabala on Monday, bringing together the foreign ministers of Azerbaijan, Kazakhstan, "
    "Kyrgyzstan, Turkiye and Uzbekistan.",
    "ASTANA, June 9 (Steppe Wire) -- The meeting of the Council of Foreign Ministers of the Organization of Turkic "
    "States was held in Gabala on Monday. It brought together the foreign ministers of Azerbaijan, Kazakhstan, "
    "Kyrgyzstan, Turkiye and Uzbekistan.",
])
def test_a_body_meeting_bringing_together_ministers_of_its_states(extract, text):
    (event,) = sittings(extract(text))
    assert event.kind == "multilateral"
    assert set(event.countries) == {"AZE", "KAZ", "KGZ", "TUR", "UZB", "OTS"}
    assert event.place is not None and event.place.country == "AZE"


def test_ministers_of_the_states_acting_in_the_next_sentence_attend(extract):
    record = extract(
        "LIMA, June 9 (Pacific Wire) -- The 14th meeting of the Council of Interior Ministers of the Andean "
        "Community was held in Lima on Monday. Interior ministers of Peru, Ecuador, Colombia and Bolivia discussed "
        "joint measures against organized crime and arms trafficking.")
    (event,) = sittings(record)
    assert set(event.countries) == {"AndeanCommunity", "PER", "ECU", "COL", "BOL"}
    assert event.place is not None and (event.place.name, event.place.country) == ("Lima", "PER")


def test_named_ministers_of_a_trilateral_meeting_are_its_parties(extract):
    record = extract(
        "TBILISI, June 9 (Kartli News) -- The foreign ministers of Armenia, Georgia and Greece held a trilateral "
        "meeting in Tbilisi on Monday. Armenian Foreign Minister Ararat Mirzoyan, Georgian Foreign Minister Maka "
        "Botchorishvili and Greek Foreign Minister Giorgos Gerapetritis discussed transport links and energy.")
    (event,) = sittings(record)
    assert set(event.countries) == {"ARM", "GEO", "GRC"}
    assert people(record, event) == {"Ararat Mirzoyan", "Maka Botchorishvili", "Giorgos Gerapetritis"}


def test_two_states_acting_after_the_meeting_add_nothing(extract):
    record = extract(
        "KUWAIT, June 9 (Gulf Desk) -- The ministerial council of the Gulf Cooperation Council held its regular "
        "meeting in Kuwait City on Monday. Saudi Arabia and Oman later announced a new border crossing.")
    (event,) = sittings(record)
    assert set(event.countries) == {"GCC", "KWT"}


def test_a_gathering_keeps_its_host_and_organiser(extract):
    record = extract(
        "ANTALYA, June 9 (Anatolia Wire) -- The Antalya Diplomacy Forum opened on Friday. Foreign ministers of "
        "Azerbaijan, Hungary, Pakistan and Qatar addressed the opening session.")
    (event,) = sittings(record)
    assert event.kind == "gathering"
    assert set(event.countries) == {"TUR"}


def test_the_named_signers_of_the_meetings_states_attend_it(extract):
    record = extract(
        "SANTIAGO, June 9 (Andes Wire) -- The presidents of Argentina, Chile and Peru met on Friday in the "
        "border city of Arica. Argentina's Javier Milei, Chile's Gabriel Boric and Peru's Dina Boluarte signed "
        "agreements on a new lithium corridor.")
    (event,) = sittings(record)
    assert set(event.countries) == {"ARG", "CHL", "PER"}
    assert people(record, event) == {"Javier Milei", "Gabriel Boric", "Dina Boluarte"}


def test_signers_of_other_states_do_not_join_the_meeting(extract):
    record = extract(
        "ASUNCION, June 9 (Chaco Wire) -- The presidents of Paraguay, Uruguay and Brazil met on Friday in "
        "Encarnacion. Chile's Gabriel Boric, Peru's Dina Boluarte and Ecuador's Daniel Noboa signed a separate "
        "accord on fisheries in Lima.")
    meeting = next(e for e in sittings(record) if e.kind == "multilateral")
    assert set(meeting.countries) == {"PRY", "URY", "BRA"}


@pytest.mark.parametrize(("text", "body", "host"), [
    ("MINSK, June 9 (Polesie Wire) -- The meeting of the CIS Council of Heads of Government will be held in "
     "Dushanbe on June 27, the CIS Executive Committee said.", "CIS", "TJK"),
    ("ASTANA, June 9 (Steppe Wire) -- The meeting of the CSTO Council of Foreign Ministers will take place in "
     "Yerevan in November under the chairmanship of Armenia.", "CSTO", "ARM"),
])
def test_a_planned_body_meeting_gets_its_host(extract, text, body, host):
    (event,) = sittings(extract(text))
    assert event.status == "planned"
    assert {body, host} <= set(event.countries)
    assert event.place is not None and event.place.country == host


def test_a_body_meeting_at_its_own_seat_gets_no_host(extract):
    record = extract("VIENNA, June 9 (Danube Wire) -- The IAEA Board of Governors will meet in Vienna next week "
                     "to discuss the agency's report.")
    for event in sittings(record):
        assert "AUT" not in event.countries


def test_owner_of_its_summit(extract):
    record = extract("ASTANA, June 9 (Steppe Wire) -- Kazakhstan will chair the Organization of Turkic States in "
                     "2026 and host its summit in Turkistan, the foreign ministry said.")
    (event,) = sittings(record)
    assert event.kind == "gathering" and event.status == "planned"
    assert set(event.countries) == {"KAZ", "OTS"}
    assert event.place is not None and (event.place.name, event.place.country) == ("Turkistan", "KAZ")


def test_a_gathering_placed_by_a_later_mention_gets_its_host(extract):
    record = extract(
        "OTTAWA, June 9 (Maple Wire) -- Prime Minister Mark Carney will attend the Group of Seven summit this week. "
        "Carney said he would raise tariffs at the G7 summit in Biarritz, his office said.")
    (event,) = [e for e in sittings(record) if e.kind == "gathering"]
    assert event.place is not None and event.place.country == "FRA"
    assert set(event.countries) == {"G7", "FRA"}


def test_a_gathering_at_its_organisation_s_seat_gets_no_host(extract):
    record = extract(
        "ROME, June 9 (Euro Wire) -- Italian Prime Minister Giorgia Meloni will attend the European Union summit "
        "this week. Meloni said she would raise migration at the EU summit in Brussels, her office said.")
    (event,) = [e for e in sittings(record) if e.kind == "gathering"]
    assert event.place is not None and event.place.country == "BEL"
    assert event.countries == ["EU"]



@pytest.mark.parametrize("text", [
    "Leaders at the summit will discuss reform of the Security Council. Mr. Koizumi addressed world leaders at "
    "the United Nations summit in New York on Thursday.",
    "Venezuelan President Hugo Chavez used his speech before the United Nations World Summit on Thursday to attack "
    "the United States. He told the leaders gathered for the summit in New York that there were never weapons in Iraq.",
])
def test_a_un_summit_placed_at_its_seat_by_another_mention_has_the_seat_s_state_as_host(extract, text):
    (event,) = sittings(extract(text))
    assert set(event.countries) == {"UN", "USA"}


@pytest.mark.parametrize("text", [
    "European Union leaders held a summit in Brussels on Thursday on energy prices.",
    "NATO defence ministers held a summit in Brussels on Thursday on air defence.",
])
def test_a_standing_organisation_s_summit_at_its_seat_has_no_host_state(extract, text):
    (event,) = sittings(extract(text))
    assert "BEL" not in event.countries and len(event.countries) == 1
