"""Where a sitting is, as its own words tell it (issue 14, item 3): a multilateral meeting named by a
noun takes the place phrase of its name over the dateline ("the sixth ministerial meeting of the
Central Asia-Korea Dialogue in Seoul", told from Tashkent); "the summit there" is where the sentence
named last; an organisation convening "an emergency meeting of its Council in Cairo" holds a sitting
of its own body there (the organisation and its host)."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-05-14"


def sittings(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind in {"gathering", "multilateral"}]


@pytest.mark.parametrize(("text", "city", "country"), [
    ("TASHKENT, 14 May (UzA) -- Uzbek Foreign Minister Bakhtiyor Saidov took part in the sixth ministerial "
     "meeting of the Central Asia-Korea Dialogue in Seoul.", "Seoul", "KOR"),
    ("ASTANA, 14 May (Kazinform) -- Kazakh Foreign Minister Murat Nurtleu attended the second ministerial meeting "
     "of the Central Asia-Gulf Cooperation Council strategic dialogue in Riyadh.", "Riyadh", "SAU"),
])
def test_a_multilateral_meeting_takes_its_stated_place_over_the_dateline(extract, text, city, country):
    [event] = sittings(extract(text))
    assert event.kind == "multilateral"
    assert event.place is not None and (event.place.name, event.place.country) == (city, country)


@pytest.mark.parametrize(("text", "city", "country"), [
    ("PHNOM PENH, 14 May (AKP) -- Ministers of the two countries signed the accord on Friday in Phnom Penh, a week "
     "ahead of the Mekong-Lancang leaders' summit there.", "Phnom Penh", "KHM"),
    ("HANOI, 14 May (VNA) -- Trade ministers of Vietnam and ASEAN partners signed the deal on Friday in Hanoi, just "
     "ahead of next week's Southeast Asian economic summit there.", "Hanoi", "VNM"),
])
def test_the_summit_there_is_where_the_sentence_named_last(extract, text, city, country):
    [event] = [e for e in sittings(extract(text)) if e.kind == "gathering"]
    assert event.place is not None and (event.place.name, event.place.country) == (city, country)
    assert country in event.countries


@pytest.mark.parametrize(("text", "org", "host", "city"), [
    ("CAIRO, 14 May (MENA) -- The Arab League will convene an emergency meeting of its Council in Cairo on Sunday "
     "at the request of Jordan.", "LAS", "EGY", "Cairo"),
    ("ISTANBUL, 14 May (AA) -- The Organization of Islamic Cooperation will convene an emergency meeting of its "
     "Executive Committee in Jeddah on Sunday.", "OIC", "SAU", "Jeddah"),
])
def test_a_meeting_of_its_own_body_is_the_organisations_sitting(extract, text, org, host, city):
    [event] = sittings(extract(text))
    assert (event.kind, event.status) == ("multilateral", "planned")
    assert set(event.countries) == {org, host}
    assert event.place is not None and event.place.name == city
    assert event.date is not None and event.date.start == "2025-05-18"


@pytest.mark.parametrize(("text", "org", "city", "country"), [
    ("ASHGABAT, 14 May (TDH) -- The meeting of the Council of Foreign Ministers of the CIS, hosted by the Ministry "
     "of Foreign Affairs of Turkmenistan, took place on Tuesday.", "CIS", "Ashgabat", "TKM"),
    ("BISHKEK, 14 May (Kabar) -- The meeting of the Council of Heads of Government of the Eurasian Economic Union, "
     "hosted by Kyrgyzstan, took place on Tuesday.", "EAEU", "Bishkek", "KGZ"),
])
def test_a_sitting_hosted_by_the_datelines_state_is_at_the_dateline(extract, text, org, city, country):
    [event] = sittings(extract(text))
    assert set(event.countries) == {org, country}
    assert event.place is not None and (event.place.name, event.place.country) == (city, country)


def test_a_sitting_hosted_there_years_ago_is_not_at_the_dateline(extract):
    record = extract("ASHGABAT, 14 May (TDH) -- The minister recalled that the meeting of the Council of Foreign "
                     "Ministers of the CIS, hosted by Turkmenistan, took place in March 2019.")
    [event] = sittings(record)
    assert event.place is None or event.place.name != "Ashgabat"
