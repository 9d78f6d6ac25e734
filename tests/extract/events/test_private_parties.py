"""Trips and invitations of private people, and conferences of no state, are no engagement between
states; officials, delegations, bodies of states and summits still are."""

from __future__ import annotations

import pytest

from dateline.record import Record


def kinds(record: Record) -> list[tuple[str, list[str]]]:
    return [(e.kind, e.countries) for e in record.events]


@pytest.mark.parametrize("text", [
    "More than 40,000 Nicaraguans have arrived in Costa Rica since April, the aid agency said.",
    "The two Ghanaian nationals arrived in Canada in 2011 and later applied for asylum.",
    "Hospital staff said a Danish tourist visiting Kenya had tested positive for the virus.",
    "The exchange students are expected to fly back to Norway on Sunday after their quarantine.",
    "Doctors said the passengers arriving from Peru would be kept under observation for a week.",
])
def test_private_travellers_make_no_visit(extract, text):
    assert [k for k, _ in kinds(extract(text))] == []


@pytest.mark.parametrize("text, countries", [
    ("The Ghanaian delegation arrived in Ottawa on Monday for two days of trade talks.", ["CAN", "GHA"]),
    ("A team of inspectors from the United Nations arrived in Iraq this week.", ["IRQ", "UN"]),
    ("Kenyan officials arrived in Addis Ababa on Tuesday to prepare the summit.", ["ETH", "KEN"]),
])
def test_states_and_bodies_that_travel_still_visit(extract, text, countries):
    visits = [c for k, c in kinds(extract(text)) if k == "visit"]
    assert visits and set(visits[0]) >= set(countries[:1])


@pytest.mark.parametrize("text", [
    "When her neighbour lost his flat, Ms. Okafor invited him to stay with her family.",
    "The coach said the school had been invited to take part in the regional tournament.",
])
def test_invitations_of_no_state_are_none(extract, text):
    assert [k for k, _ in kinds(extract(text)) if k == "invitation"] == []


@pytest.mark.parametrize("text", [
    "The findings were presented on Saturday at a cardiology conference in the city.",
    "Candidates will answer questions at a public forum at the library this weekend.",
    "The company unveiled its new phone at its annual developers conference.",
])
def test_conferences_of_no_state_are_none(extract, text):
    assert [k for k, _ in kinds(extract(text)) if k == "gathering"] == []


def test_a_summit_told_without_its_states_stays(extract):
    record = extract("The signing will take place on March 12, before the start of a summit of Muslim leaders.")
    assert [k for k, _ in kinds(record) if k == "gathering"] == ["gathering"]


@pytest.mark.parametrize("text", [
    "Ahmad Karimi, a poet who was accused of blasphemy for a speech he gave during a visit to the United "
    "States in 2015, was shot dead in Lahore.",
    "The businessman Arkady Belov, who visited Israel last year, denied the charges on Tuesday.",
])
def test_a_named_private_person_makes_no_visit(extract, text):
    assert [k for k, _ in kinds(extract(text)) if k == "visit"] == []


def test_an_official_named_by_surname_alone_still_visits(extract):
    text = "The violence came as Mr. Rumsfeld visited American troops in Mosul and Baghdad."
    assert [k for k, _ in kinds(extract(text))] == ["visit"]


@pytest.mark.parametrize("text", [
    "On Monday, a platoon of U.N. peacekeepers arrived in Bunia, about 1,500 kilometers east of Kinshasa.",
    "Two Turkish warships arrived in the port of Tartus on Friday, the ministry said.",
])
def test_troops_and_ships_make_no_visit(extract, text):
    assert [k for k, _ in kinds(extract(text)) if k == "visit"] == []
