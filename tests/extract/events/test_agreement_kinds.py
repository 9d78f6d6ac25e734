"""Which document words are a new agreement between states (issue 14, items 5 and the errors on
real copy): schedules, drafts, aims, preliminary understandings and deals with non-state parties
are not; "the agreement" told again is the one signed before; contracts, initial agreements and
relations agreed are."""

from __future__ import annotations

import pytest
from event_views import agreements

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize("text", [
    "The Kremlin spokesman said the programme of the visit was still being drawn up.",
    "Officials said the plan for the talks in Hanoi had not been settled.",
    "The itinerary of the trip was finalised on Monday, the embassy said.",
])
def test_schedule_of_an_occasion_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize("text", [
    "The foreign ministers of Peru and Ecuador approved a draft declaration on river navigation in Lima on Monday.",
    "The ministers of Ghana and Togo endorsed a draft treaty on the border on Tuesday, to be put to the presidents.",
])
def test_draft_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize("text", [
    "US President Joe Biden called on Gulf states to help Lebanese leaders reach a peace agreement with Israel.",
    "Trade ministers of Chile and Korea hope to sign a formal agreement at the APEC meeting next week.",
    "The envoy urged Armenia and Azerbaijan to conclude a peace treaty before the end of the year.",
])
def test_aim_or_wish_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize("text", [
    "The government of Mali signed a peace deal with the rebels in Algiers on Friday.",
    "Colombian troops withdrew from the district after reaching an agreement with local elders.",
    "Officials in Bamako said the accord between the government and the insurgents was signed on Sunday.",
])
def test_deal_with_non_state_party_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Officials of Bolivia and Peru reached a preliminary agreement last week on the gas pipeline.",
    "Seoul and Hanoi announced an agreement in principle on Friday covering tariffs on farm goods.",
])
def test_understanding_not_yet_signed_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


def test_initial_agreement_signed_is_an_agreement(extract):
    (event,) = agreements(extract("Ghana and Togo signed an initial agreement in Lome on Monday on a shared "
                                  "power line."))
    assert (event.countries, event.status, event.date.start) == (["GHA", "TGO"], "occurred", "2025-03-10")
    assert event.place is not None and event.place.country == "TGO"


def test_contracts_signed_with_a_state_name_the_state_not_the_name(extract):
    record = extract("Venezuelan President Nicolas Maduro signed contracts with Russia worth $2 billion "
                     "on Tuesday during a visit to Moscow.")
    (event,) = agreements(record)
    assert event.name == "contracts"
    assert event.countries == ["RUS", "VEN"]
    assert event.place is not None and event.place.country == "RUS"


@pytest.mark.parametrize(("text", "countries", "start"), [
    ("Laos and Vietnam agreed on Monday to resume diplomatic relations during a visit to Hanoi by a Lao "
     "deputy foreign minister.", ["LAO", "VNM"], "2025-03-10"),
    ("Fiji and Georgia agreed on Tuesday to establish diplomatic ties, the ministry said.", ["FJI", "GEO"],
     "2025-03-11"),
])
def test_relations_agreed_are_an_agreement(extract, text, countries, start):
    (event,) = agreements(extract(text))
    assert (event.countries, event.status, event.date.start) == (countries, "occurred", start)


def test_oral_understanding_is_no_agreement(extract):
    assert agreements(extract("The two ministers agreed to keep in regular contact, the ministry said.")) == []


def test_the_agreement_told_again_is_the_one_signed(extract):
    record = extract("The leaders of Niger and Chad have signed a peace accord. Presidents Abdourahamane Tiani "
                     "and Mahamat Deby reached the agreement on Monday at talks in Niamey. The accord "
                     "calls for joint border patrols.")
    (event,) = agreements(record)
    assert event.name == "peace accord"
    assert event.countries == ["NER", "TCD"]
    assert event.date.start == "2025-03-10"


def test_signed_by_the_sides_of_the_meeting_told_before(extract):
    record = extract("Energy officials of Azerbaijan, Iran and Turkmenistan met in Tehran on Wednesday. "
                     "The three sides signed a memorandum of understanding on gas swaps.")
    (event,) = agreements(record)
    assert event.countries == ["AZE", "IRN", "TKM"]
    record = extract("Interior ministers of Chile, Peru and Bolivia met in La Paz on Tuesday. Members adopted a "
                     "joint plan of action against arms smuggling.")
    (event,) = agreements(record)
    assert event.countries == ["BOL", "CHL", "PER"]


def test_a_document_told_without_its_name_is_the_named_one(extract):
    record = extract("Georgian Prime Minister Irakli Kobakhidze and Chinese Premier Li Qiang met in Beijing on "
                     "Monday and signed a document raising relations between the two countries to a strategic "
                     "partnership. The Joint Statement on the strategic partnership between Georgia and China "
                     "was signed by the two leaders after the talks.")
    (event,) = agreements(record)
    assert event.countries == ["CHN", "GEO"]
    assert event.date.start == "2025-03-10"


@pytest.mark.parametrize(("text", "countries", "start"), [
    ("The Treaty of Asuncion, signed by Argentina, Brazil, Paraguay and Uruguay in 1991, created the bloc.",
     ["ARG", "BRA", "PRY", "URY"], "1991"),
    ("The 1998 Agreement between Russia, Kazakhstan and Azerbaijan on the Caspian seabed (May 14, 1998) remains "
     "in force.", ["AZE", "KAZ", "RUS"], "1998-05-14"),
])
def test_older_agreement_with_its_date_has_all_its_signatories(extract, text, countries, start):
    (event,) = agreements(extract(text))
    assert (event.countries, event.status, event.date.start) == (countries, "occurred", start)


@pytest.mark.parametrize("text", [
    "In March 2007 President Laurent Gbagbo and former New Forces rebel leader Guillaume Soro signed the "
    "Ouagadougou Political Agreement.",
    "In March 2019 Colombian President Ivan Duque and rebel commander Rodrigo Londono signed the Havana accord.",
])
def test_a_settlement_between_a_state_and_a_rebel_leader_is_no_agreement(extract, text):
    assert agreements(extract(text)) == []


def test_a_peace_treaty_between_two_presidents_is_an_agreement(extract):
    found = agreements(extract("In March 2019 Colombian President Ivan Duque and Venezuelan President Nicolas "
                               "Maduro signed the Cucuta accord."))
    assert [e.countries for e in found] == [["COL", "VEN"]]
