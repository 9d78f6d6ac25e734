"""Officials of many states told as one group meet among themselves: a multilateral meeting of the
unnamed states and the host where the text places it ("Foreign ministers from 15 African nations
are meeting in Nairobi"); talks an organisation's members hold ("EU foreign ministers held
emergency talks") are multilateral as when they meet; two states stay bilateral."""

from __future__ import annotations

PUBLISHED = "2025-06-10"


def _talks(record):
    return [e for e in record.events if e.kind in {"meeting", "multilateral"}]


def test_ministers_from_many_nations_meeting_in_a_city(extract):
    record = extract(
        "NAIROBI, 10 June (Xinhua) -- Foreign ministers from 15 African nations are meeting in Nairobi to "
        "discuss the crisis in Sudan.")
    (talks,) = _talks(record)
    assert talks.kind == "multilateral"
    assert talks.countries == ["KEN"]
    assert talks.place is not None and talks.place.name == "Nairobi"


def test_delegates_from_more_than_thirty_countries_met(extract):
    record = extract(
        "BAKU, 10 June (Trend) -- Delegates from more than 30 Asian countries met in Baku this week to "
        "discuss water security in the region.")
    (talks,) = _talks(record)
    assert (talks.kind, talks.countries, talks.status) == ("multilateral", ["AZE"], "occurred")


def test_the_state_that_tells_the_group_is_no_party(extract):
    record = extract(
        "ANKARA, 10 June (Anadolu) -- Senior officials from countries bordering Syria are holding talks in "
        "Ankara on the return of refugees.")
    (talks,) = _talks(record)
    assert (talks.kind, talks.countries) == ("multilateral", ["TUR"])


def test_an_organisations_ministers_hold_talks(extract):
    record = extract(
        "BRUSSELS, 10 June (Trend) -- EU foreign ministers held emergency talks in Luxembourg on "
        "Sunday on the gas crisis.")
    (talks,) = _talks(record)
    assert talks.kind == "multilateral"
    assert "EU" in talks.countries


def test_a_leader_meeting_with_ministers_of_several_nations(extract):
    record = extract(
        "PANAMA CITY, 10 June (Xinhua) -- Panamanian President Jose Raul Mulino met on Monday with foreign "
        "ministers from several Central American nations to discuss migration.")
    (talks,) = _talks(record)
    assert talks.kind == "multilateral"
    assert "PAN" in talks.countries
    assert talks.persons == ["Jose Raul Mulino"]


def test_ministers_of_the_two_countries_stay_bilateral(extract):
    record = extract(
        "BAKU, 10 June (Trend) -- Azerbaijan and Georgia are expanding transit. The transport ministers of "
        "the two countries met in Baku on Monday.")
    assert all(e.kind != "multilateral" for e in record.events)


def test_a_groups_leaders_scheduled_to_meet(extract):
    record = extract(
        "BEIJING, 10 June (Xinhua) -- G7 leaders are scheduled to meet in southern Italy on June 13.")
    (talks,) = _talks(record)
    assert (talks.kind, talks.status) == ("multilateral", "planned")
    assert set(talks.countries) == {"G7", "ITA"}


def test_ministers_of_many_countries_due_to_meet(extract):
    record = extract(
        "BAKU, 10 June (Trend) -- Foreign ministers of 12 Islamic countries are due to meet in Baku on Monday.")
    (talks,) = _talks(record)
    assert (talks.kind, talks.countries, talks.status) == ("multilateral", ["AZE"], "planned")


def test_at_the_organisations_seat_the_organisation_hosts(extract):
    record = extract(
        "VIENNA, 10 June (Xinhua) -- The U.S. envoy told IAEA diplomats meeting in Vienna that Iran must cooperate.")
    (talks,) = _talks(record)
    assert "AUT" not in talks.countries


def test_a_meeting_of_officials_from_several_republics_hosted(extract):
    record = extract(
        "KYIV, 10 June (Dnipro Wire) -- Ukrainian President Viktor Yushchenko is hosting a two-day meeting of "
        "officials from three other former Soviet republics to discuss energy supplies.")
    (talks,) = _talks(record)
    assert talks.kind == "multilateral"
    assert "UKR" in talks.countries
