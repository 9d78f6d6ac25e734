"""An organisation's members convening among themselves (issue 14, item 3): "European Union agriculture
ministers gathered in Luxembourg", "G7 finance ministers convened in Niigata", "European Union leaders
are meeting at Hampton Court" are multilateral meetings of the organisation, however many words its
name has and whichever convening verb tells it; one state's ministers gathering are not."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-05-14"


def multilateral(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "multilateral"]


@pytest.mark.parametrize(("text", "org", "country"), [
    ("LUXEMBOURG, 14 May (AFP) -- European Union agriculture ministers gathered in Luxembourg on Monday to discuss "
     "fishing quotas.", "EU", "LUX"),
    ("TOKYO, 14 May (Kyodo) -- G7 finance ministers convened in Niigata on Tuesday for two days of talks on "
     "supply chains.", "G7", "JPN"),
    ("BRUSSELS, 14 May (Belga) -- EU foreign ministers gathered in Brussels on Monday for the Foreign Affairs "
     "Council.", "EU", "BEL"),
])
def test_an_organisations_members_convening_meet(extract, text, org, country):
    [event] = multilateral(extract(text))
    assert org in event.countries
    assert event.status == "occurred"
    assert event.place is not None and event.place.country == country


def test_an_organisation_named_in_full_meets(extract):
    record = extract("LONDON, 14 May (PA) -- European Union leaders are meeting at Hampton Court Palace near London "
                     "for a one-day informal summit on the bloc's budget.")
    [event] = [e for e in record.events if e.kind in {"multilateral", "gathering"}]
    assert "EU" in event.countries
    assert not [e for e in record.events if e.kind == "meeting"]


def test_one_states_ministers_gathering_are_no_meeting(extract):
    record = extract("NAIROBI, 14 May (KNA) -- Kenyan cabinet ministers gathered in Nakuru on Monday for a retreat "
                     "on the budget.")
    assert not multilateral(record)


def test_an_organisations_members_holding_talks_meet_among_themselves(extract):
    """'European Union foreign ministers hold emergency talks': the two-word name the parser chains by
    'nmod' onto the officials is the organisation's, so the talks are its members', not a meeting."""
    record = extract("European Union foreign ministers hold talks in Luxembourg Monday in efforts to agree "
                     "sanctions on Belarus.")
    [event] = multilateral(record)
    assert "EU" in event.countries
    assert not [e for e in record.events if e.kind == "meeting"]


@pytest.mark.parametrize(("text", "states", "country"), [
    ("TOKYO, 14 May (Kyodo) -- Finance ministers from Japan, South Korea and China gathered in Tokyo on Saturday "
     "to discuss currency swaps.", {"JPN", "KOR", "CHN"}, "JPN"),
    ("ARUSHA, 14 May (Xinhua) -- Defence chiefs of Kenya, Uganda and Tanzania convened in Arusha on Wednesday to "
     "plan a joint brigade.", {"KEN", "UGA", "TZA"}, "TZA"),
])
def test_officials_of_states_named_one_by_one_convening_meet(extract, text, states, country):
    """Officials of three or more states named one by one ('ministers from A, B and C gathered') meet as
    one group, whichever convening verb tells it."""
    [event] = multilateral(extract(text))
    assert states <= set(event.countries)
    assert event.place is not None and event.place.country == country


def test_a_crowd_of_one_states_people_gathering_is_no_meeting(extract):
    record = extract("CAIRO, 14 May (MENA) -- Thousands of Egyptians gathered in Tahrir Square on Friday to demand "
                     "reforms.")
    assert not record.events
