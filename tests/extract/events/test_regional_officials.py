"""The officials of a region's states, told by the region's people ("Arab foreign ministers",
"African leaders", "Latin American finance ministers"), meeting among themselves: a multilateral
meeting of the unnamed states and the host where the text places it. An organisation whose members
meet sits however far its name is from the verb ("Leaders of the Association of Southeast Asian
Nations who met in Laos")."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-10"


def _talks(record):
    return [e for e in record.events if e.kind in {"meeting", "multilateral", "gathering"}]


@pytest.mark.parametrize("text, host", [
    ("CAIRO, 10 June (MENA) -- Arab foreign ministers meeting in Cairo on Sunday agreed to back the "
     "reconstruction plan for Gaza.", "EGY"),
    ("ADDIS ABABA, 10 June (ENA) -- African finance ministers met in Addis Ababa on Monday to discuss "
     "the debt burden of the continent.", "ETH"),
    ("BOGOTA, 10 June (EFE) -- Latin American health ministers will gather in Bogota next week to "
     "coordinate vaccine purchases.", "COL"),
])
def test_a_regions_officials_meeting_in_a_city(extract, text, host):
    record = extract(text)
    (talks,) = _talks(record)
    assert talks.kind == "multilateral"
    assert talks.countries == [host]
    assert talks.place is not None and talks.place.country == host


def test_one_states_officials_are_no_region(extract):
    record = extract("ANKARA, 10 June (Anadolu) -- Turkish ministers met in Ankara on Monday to discuss the budget.")
    assert not [e for e in _talks(record) if e.kind == "multilateral"]


@pytest.mark.parametrize("text, org, host", [
    ("Leaders of the Association of Southeast Asian Nations who met in Vientiane last week approved a plan "
     "to curb haze from forest fires.", "ASEAN", "LAO"),
    ("Foreign ministers of the Gulf Cooperation Council, who gathered in Riyadh on Sunday, condemned the "
     "attack on the tanker.", "GCC", "SAU"),
])
def test_the_organisation_whose_members_met_in_a_relative_clause_sits(extract, text, org, host):
    record = extract(text)
    (talks,) = _talks(record)
    assert talks.kind == "multilateral"
    assert org in talks.countries and host in talks.countries


def test_regional_officials_meeting_in_a_city(extract):
    record = extract("NAIROBI, 10 June (Xinhua) -- Regional security officials met on Tuesday in Nairobi to discuss "
                     "the deployment of peacekeepers in Somalia.")
    (talks,) = _talks(record)
    assert (talks.kind, talks.countries) == ("multilateral", ["KEN"])


def test_talks_with_regional_officials_alone_stay_none(extract):
    record = extract("NAIROBI, 10 June (Xinhua) -- The Kenyan minister met with regional officials in Nairobi on "
                     "Tuesday to discuss the drought.")
    assert not [e for e in _talks(record) if e.kind == "multilateral"]


def test_leaders_of_the_union_of_south_american_nations_gathered(extract):
    record = extract("QUITO, 10 June (EFE) -- Leaders of the Union of South American Nations gathered in Quito on "
                     "Tuesday for talks on the crisis.")
    (talks,) = _talks(record)
    assert talks.kind == "multilateral"
    assert talks.countries == ["ECU", "UNASUR"]
