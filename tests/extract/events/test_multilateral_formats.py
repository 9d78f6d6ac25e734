"""Multilateral meetings told through who meets (issue 14, items 3 and 4): a named negotiating format
("the Normandy format", "the Weimar Triangle", "the six-party talks", "the Quartet") stands for its
states, also "in the X format" (the format is who meets, not where); a head of state receiving "the
leaders of A and B" together holds one multilateral meeting; a format only named as a process is no
round of talks."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-09-17"  # the extract fixture's default (tests/conftest.py)


def multilateral(record: Record) -> Event:
    found = [e for e in record.events if e.kind in {"multilateral", "meeting"}]
    assert len(found) == 1, [(e.kind, e.countries) for e in record.events]
    assert found[0].kind == "multilateral"
    return found[0]


@pytest.mark.parametrize(("text", "countries", "city"), [
    ("WARSAW, Sept 17 (Vistula Wire) - The foreign ministers of the Weimar Triangle met in Warsaw on Tuesday to "
     "discuss support for Ukraine.", {"DEU", "FRA", "POL"}, "Warsaw"),
    ("BERLIN, Sept 17 (Spree Wire) - A meeting in the Normandy format was held in Berlin on Tuesday at the level of "
     "political advisers.", {"DEU", "FRA", "RUS", "UKR"}, "Berlin"),
    ("BEIJING, Sept 17 (Bohai Wire) - The six-party talks on the Korean peninsula resumed in Beijing on Tuesday "
     "after a break of a year.", {"CHN", "JPN", "KOR", "PRK", "RUS", "USA"}, "Beijing"),
    ("BRUSSELS, Sept 17 (Euro Wire) - The Quartet of Middle East mediators met in Brussels on Tuesday.",
     {"RUS", "USA"}, "Brussels"),
])
def test_a_named_format_stands_for_its_states(extract, text, countries, city):
    event = multilateral(extract(text))
    assert countries <= set(event.countries)
    assert event.place is not None and event.place.name == city
    assert event.status == "occurred"


def test_a_format_only_named_as_a_process_is_no_round(extract):
    record = extract("SEOUL, Sept 17 (Han River Post) - The envoy urged North Korea to return to the stalled "
                     "six-party talks.")
    assert not [e for e in record.events if e.kind in {"multilateral", "meeting"}]


@pytest.mark.parametrize(("text", "countries", "host"), [
    ("MOSCOW, Sept 17 (Volga Wire) - Russian President Vladimir Putin received the leaders of Armenia and "
     "Azerbaijan in the Kremlin on Tuesday.", {"ARM", "AZE", "RUS"}, "Vladimir Putin"),
    ("ANKARA, Sept 17 (Anatolian Courier) - Turkish President Recep Tayyip Erdogan received the presidents of "
     "Somalia and Ethiopia in Ankara on Tuesday.", {"ETH", "SOM", "TUR"}, "Recep Tayyip Erdogan"),
])
def test_receiving_the_leaders_of_two_states_together(extract, text, countries, host):
    event = multilateral(extract(text))
    assert set(event.countries) == countries
    assert host in event.persons


def test_receiving_business_leaders_is_no_engagement(extract):
    record = extract("BAKU, Sept 17 (Caspian Wire) - The president received German business leaders in Baku on "
                     "Tuesday.")
    assert not [e for e in record.events if e.kind in {"multilateral", "meeting"}]


@pytest.mark.parametrize(("text", "org", "city"), [
    ("LUXEMBOURG, Sept 17 (Euro Wire) - EU foreign ministers, meeting in Luxembourg on Tuesday, agreed new "
     "sanctions against the junta.", "EU", "Luxembourg"),
    ("BRUSSELS, Sept 17 (Euro Wire) - NATO defence ministers met in Brussels on Tuesday to review air defence "
     "supplies.", "NATO", "Brussels"),
    ("MANILA, Sept 17 (Archipelago News) - ASEAN economic ministers met in Manila on Tuesday to review the "
     "regional trade pact.", "ASEAN", "Manila"),
])
def test_an_organisations_members_meeting_among_themselves(extract, text, org, city):
    event = multilateral(extract(text))
    assert org in event.countries
    assert event.place is not None and event.place.name == city


def test_who_addresses_members_meeting_takes_part(extract):
    record = extract("VIENNA, Sept 17 (Danube Wire) - The Canadian envoy Mark Lewis told IAEA diplomats meeting in "
                     "Vienna on Tuesday that the inspections must resume.")
    event = multilateral(record)
    assert "CAN" in event.countries
    assert event.place is not None and event.place.country == "AUT"


def test_members_meeting_another_side_is_no_meeting_among_themselves(extract):
    record = extract("BRUSSELS, Sept 17 (Euro Wire) - EU foreign ministers met Ukrainian Foreign Minister Andrii "
                     "Sybiha in Brussels on Tuesday.")
    (event,) = [e for e in record.events if e.kind in {"meeting", "multilateral"}]
    assert event.kind == "meeting"
    assert set(event.countries) == {"EU", "UKR"}


@pytest.mark.parametrize(("text", "code"), [
    ("VIENNA, Sept 17 (Danube Wire) - The IAEA Board of Governors met in Vienna on Tuesday to discuss the "
     "inspectors' report.", "IAEA"),
    ("GENEVA, Sept 17 (Alpine Ledger) - The WHO Executive Board met in Geneva on Tuesday to discuss the pandemic "
     "agreement.", "WHO"),
])
def test_an_agency_with_its_own_members_is_listed_by_its_own_code(extract, text, code):
    event = multilateral(extract(text))
    assert code in event.countries
    assert "UN" not in event.countries


def test_a_un_programme_stands_for_the_un(extract):
    record = extract("GENEVA, Sept 17 (Alpine Ledger) - The UNHCR Executive Committee met in Geneva on Tuesday.")
    event = multilateral(record)
    assert "UN" in event.countries


def test_an_organisation_meeting_a_group_of_states_keeps_the_group(extract):
    record = extract("TASHKENT, Sept 17 (Registan Post) - The foreign ministers of the GCC and Central Asian "
                     "countries held their second joint ministerial meeting in Tashkent on Tuesday.")
    event = multilateral(record)
    assert {"GCC", "KAZ", "KGZ", "TJK", "TKM", "UZB"} <= set(event.countries)
    assert event.place is not None and event.place.name == "Tashkent"
