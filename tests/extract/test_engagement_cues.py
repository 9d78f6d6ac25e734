"""Visits, meetings and calls as real copy tells them (issue 14, recall on real text): credentials,
journeys 'for talks', telephone talks, stays abroad."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


def of_kind(record: Record, kind: str) -> list[Event]:
    return [e for e in record.events if e.kind == kind]


def persons(record: Record, event: Event) -> set[str]:
    return {record.actor(a).name for a in event.participants if record.actor(a).kind == "person"}


@pytest.mark.parametrize("text", [
    "The new Kenyan ambassador Wanjiru Kamau presented her credentials to Ethiopian President Taye Atske Selassie "
    "on Tuesday.",
    "Kenyan Ambassador Wanjiru Kamau presented her letters of credence to Ethiopian President Taye Atske Selassie "
    "on Tuesday.",
])
def test_presenting_credentials_is_a_meeting(extract, text):
    record = extract(text)
    [meeting] = of_kind(record, "meeting")
    assert meeting.countries == ["ETH", "KEN"]
    assert persons(record, meeting) == {"Wanjiru Kamau", "Taye Atske Selassie"}
    assert (meeting.status, meeting.date.start) == ("occurred", "2025-03-11")


def test_leaving_for_talks_in_a_capital_is_a_visit_there(extract):
    record = extract("Togolese President Faure Gnassingbe then left for talks with Libyan officials in Tripoli.")
    [visit] = of_kind(record, "visit")
    assert visit.place is not None and visit.place.name == "Tripoli"
    assert visit.countries == ["LBY", "TGO"]
    assert visit.status == "occurred"


def test_leaving_for_a_meeting_without_a_place_is_no_visit(extract):
    record = extract("Togolese President Faure Gnassingbe then left for talks with opposition leaders.")
    assert not of_kind(record, "visit")


@pytest.mark.parametrize("text", [
    "Ukrainian President Volodymyr Zelensky and French President Emmanuel Macron have spoken by telephone.",
    "Zelensky discussed the ceasefire by telephone with French President Emmanuel Macron on Tuesday, Ukrainian "
    "President Volodymyr Zelensky's office said.",
])
def test_spoken_or_discussed_by_telephone_is_a_call(extract, text):
    record = extract(text)
    [call] = of_kind(record, "call")
    assert call.countries == ["FRA", "UKR"]
    assert (call.type, call.mode) == ("CONSULT", "phone")


@pytest.mark.parametrize("text", [
    "Israeli President Isaac Herzog has begun talks with political parties on forming a new government.",
    "The Somali government has struggled to launch peace talks with Islamists in the south.",
    "Colombian President Gustavo Petro held talks with rebels in Havana on Monday.",
])
def test_talks_with_parties_and_armed_groups_are_not_between_states(extract, text):
    assert not of_kind(extract(text), "meeting")


def test_talks_with_a_state_and_rebels_stay(extract):
    record = extract("Colombian President Gustavo Petro held talks with Venezuelan President Nicolas Maduro in "
                     "Caracas on Monday.")
    assert of_kind(record, "meeting")


def test_a_counted_stay_is_a_visit_but_his_stay_refers_back(extract):
    record = extract("During his two-day stay in London, Chinese President Xi Jinping will hold talks with British "
                     "Prime Minister Keir Starmer.")
    [visit] = of_kind(record, "visit")
    assert visit.countries == ["CHN", "GBR"]
    record = extract("Armenian Foreign Minister Ararat Mirzoyan arrived in Vienna on Monday. No meeting with "
                     "Azerbaijani Foreign Minister Jeyhun Bayramov was planned during his stay in Vienna.")
    assert len(of_kind(record, "visit")) == 1
