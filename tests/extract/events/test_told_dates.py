"""Dates an engagement takes from the words around it in agency copy (issue 14, start dates): a stay
"on a visit that began on Tuesday" / "that will end on Friday", a meeting ", slated for mid-April", a
signing "during which" a visit told just before, a treaty to be signed "during a visit ... expected in
mid-April". Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates, first


@pytest.mark.parametrize(("stay", "start", "end"), [
    ("is in Armenia on a two-day working visit that began on Tuesday", "2025-03-04", "2025-03-05"),
    ("is in Armenia on a working visit that will end on Friday", "2025-03-05", "2025-03-07"),
    ("is in Armenia on a three-day official visit that ends on Thursday", "2025-03-04", "2025-03-06"),
])
def test_a_stay_takes_the_days_its_visit_noun_is_told_with(extract, stay, start, end):
    record = extract(f"TBILISI, March 5 (Sputnik Georgia) -- Georgian Foreign Minister Maka Botchorishvili {stay}, "
                     "the ministry said.", published="2025-03-05")
    visit = first(record, "visit")
    assert (dates(visit), visit.status) == ((start, end), "occurred")
    assert visit.countries == ["ARM", "GEO"]


@pytest.mark.parametrize(("clause", "start"), [
    ("slated for mid-April in Baku", "2025-04"),
    ("scheduled for April 10 in Baku", "2025-04-10"),
])
def test_a_meeting_slated_after_its_noun_phrase_is_planned_on_that_date(extract, clause, start):
    record = extract(
        "Baku, 5 March, APA. Azerbaijani Foreign Minister Jeyhun Bayramov has met with Foreign Minister of Georgia "
        "Maka Botchorishvili in Tbilisi. The ministers also discussed the trilateral meeting of the foreign "
        f"ministers of Azerbaijan, Georgia and Turkmenistan, {clause}.", published="2025-03-05")
    trilateral = first(record, "multilateral")
    assert (trilateral.status, trilateral.date.start if trilateral.date else None) == ("planned", start)
    talks = first(record, "meeting")
    assert (talks.status, dates(talks)) == ("occurred", ("2025-03-05", "2025-03-05"))


def test_a_signing_during_which_takes_the_day_of_the_visit_told_before_it(extract):
    record = extract(
        "ABU DHABI, 8th January, 2025 (WAM) -- President Sheikh Mohamed bin Zayed received Prime Minister of Georgia "
        "Irakli Kobakhidze at Qasr Al Watan today. The two sides recalled the outcomes of the Georgian Prime "
        "Minister's visit to the UAE on 28 December, during which the two countries signed a comprehensive economic "
        "partnership agreement.", published="2025-01-08")
    assert dates(first(record, "meeting")) == ("2025-01-08", "2025-01-08")
    accord = first(record, "agreement")
    assert (accord.status, dates(accord)) == ("occurred", ("2024-12-28", "2024-12-28"))


def test_a_treaty_to_be_signed_during_a_visit_told_after_it_takes_the_visits_date(extract):
    record = extract(
        "DUSHANBE, April 2 (Asia-Plus) -- The presidents of Tajikistan and Kyrgyzstan will sign the treaty on the "
        "state border during a visit by Sadyr Japarov to Dushanbe, expected in mid-April.", published="2025-04-02")
    treaty = first(record, "agreement")
    assert (treaty.status, dates(treaty)) == ("planned", ("2025-04", "2025-04"))
    assert dates(first(record, "visit")) == ("2025-04", "2025-04")


def test_a_when_clause_of_a_year_dates_the_engagement_it_tells(extract):
    record = extract(
        "LIMA, Nov 12 (Andina) -- Kazakh President Kassym-Jomart Tokayev held talks with Peruvian President Jose "
        "Jeri on Wednesday. It is the first visit of a Kazakh president to Peru since 2016, when Nursultan "
        "Nazarbayev attended the APEC summit in Lima.", published="2025-11-12")
    assert dates(first(record, "meeting")) == ("2025-11-12", "2025-11-12")
    assert "2016" in {dates(v)[0] for v in record.events if v.kind == "visit"}  # the last visit (issue 14, item 6)
    summit = first(record, "gathering")
    assert (summit.status, dates(summit)) == ("occurred", ("2016", "2016"))


def test_a_stay_since_a_day_starts_that_day(extract):
    visit = first(extract("ASUNCION, Nov 12 (IP) -- Taiwanese Foreign Minister Lin Chia-lung has been in Paraguay "
                           "since Monday.", published="2025-11-12"), "visit")
    assert (visit.status, dates(visit)[0]) == ("occurred", "2025-11-10")


@pytest.mark.parametrize(("frame", "days", "start", "end"), [
    ("within the framework of the Antalya Diplomacy Forum held", "1-3 March", "2025-03-01", "2025-03-03"),
    ("on the sidelines of the Antalya Diplomacy Forum held", "1-3 March", "2025-03-01", "2025-03-03"),
    ("on the sidelines of the Antalya Diplomacy Forum held", "4-6 March", "2025-03-05", "2025-03-05"),
])
def test_talks_in_the_frame_of_a_forum_held_on_days_take_them_once_it_is_over(extract, frame, days, start, end):
    record = extract(f"Baku, 5 March, AZERTAC. Azerbaijani Foreign Minister Jeyhun Bayramov met with Kyrgyz Foreign "
                     f"Minister Jeenbek Kulubaev {frame} on {days}.", published="2025-03-05")
    talks = first(record, "meeting")
    assert (talks.status, dates(talks)) == ("occurred", (start, end))


@pytest.mark.parametrize("participle", ["scheduled", "slated"])
def test_a_summit_set_by_a_participle_clause_takes_its_days_whatever_the_participle(extract, participle):
    record = extract(
        "ULAANBAATAR, 14 May (Montsame) -- Mongolian President Ukhnaagiin Khurelsukh received the Secretary "
        "General of the Shanghai Cooperation Organisation on Wednesday. They discussed the preparations for "
        f"the SCO summit, {participle} to take place on 20-21 June in Astana.", published="2026-05-14")
    summit = first(record, "gathering")
    assert (summit.status, dates(summit)) == ("planned", ("2026-06-20", "2026-06-21"))
