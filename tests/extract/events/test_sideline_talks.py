"""Bilateral talks on the sidelines of a body's sitting (issue 14, items 3 and 4): agency copy tells
"X met his Kyrgyz counterpart Y on the sidelines of the meeting of the SCO Council of Foreign
Ministers in Tianjin". The sitting is a multilateral meeting of the IGO's body; the talks with their
named counterpart are a meeting of their own, held where the sitting is held."""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2025-07-15"


def _meetings(record: Record) -> list:
    return [e for e in record.events if e.kind == "meeting"]


def _people(record: Record, event) -> set[str]:
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


@pytest.mark.parametrize(("text", "org", "pair", "names", "city", "country"), [
    ("ASTANA, 15 July (Kazinform) -- Kazakh Foreign Minister Murat Nurtleu held a meeting with his Kyrgyz "
     "counterpart Jeenbek Kulubaev on the sidelines of the 25th meeting of the SCO Council of Foreign "
     "Ministers in Tianjin on Tuesday.", "SCO", {"KAZ", "KGZ"}, {"Murat Nurtleu", "Jeenbek Kulubaev"},
     "Tianjin", "CHN"),
    ("BAKU, 15 July (Trend) -- Azerbaijani Foreign Minister Jeyhun Bayramov met with his Uzbek counterpart "
     "Bakhtiyor Saidov on the sidelines of the meeting of the CIS Council of Foreign Ministers in Minsk on "
     "Tuesday, the ministry's press service reports.", "CIS", {"AZE", "UZB"},
     {"Jeyhun Bayramov", "Bakhtiyor Saidov"}, "Minsk", "BLR"),
    ("ASHGABAT, 15 July (TDH) -- Turkmen Foreign Minister Rashid Meredov met with Hungarian Foreign Minister "
     "Peter Szijjarto on the margins of the OTS Council of Foreign Ministers in Budapest on Tuesday.", "OTS",
     {"TKM", "HUN"}, {"Rashid Meredov", "Peter Szijjarto"}, "Budapest", "HUN"),
])
def test_talks_on_the_sidelines_of_a_sitting_are_a_meeting_of_their_own(extract, text, org, pair, names, city,
                                                                         country):
    record = extract(text)
    (meeting,) = _meetings(record)
    assert set(meeting.countries) == pair
    assert _people(record, meeting) == names
    assert meeting.place is not None and (meeting.place.name, meeting.place.country) == (city, country)
    assert meeting.date is not None and meeting.date.start == "2025-07-15"
    (sitting,) = [e for e in record.events if e.kind in {"multilateral", "gathering"}]
    assert org in sitting.countries


def test_talks_within_the_framework_of_a_sitting(extract):
    record = extract(
        "DUSHANBE, 15 July (Khovar) -- Tajik Prime Minister Kokhir Rasulzoda held talks with Belarusian Prime "
        "Minister Alexander Turchin within the framework of the meeting of the CIS Council of Heads of "
        "Government in Dushanbe on Tuesday. The sides discussed trade and industrial cooperation.")
    (meeting,) = _meetings(record)
    assert set(meeting.countries) == {"TJK", "BLR"}
    assert _people(record, meeting) == {"Kokhir Rasulzoda", "Alexander Turchin"}
    assert meeting.place is not None and meeting.place.country == "TJK"
    assert any(e.kind in {"multilateral", "gathering"} and "CIS" in e.countries for e in record.events)


def test_ministers_meeting_in_a_trilateral_format_stay_one_multilateral_meeting(extract):
    record = extract(
        "BAKU, 15 July (APA) -- The foreign ministers of Azerbaijan, Turkiye and Turkmenistan met in Ashgabat on "
        "Tuesday for trilateral talks on energy and transport corridors.")
    assert not _meetings(record)
    (talks,) = [e for e in record.events if e.kind == "multilateral"]
    assert set(talks.countries) == {"AZE", "TUR", "TKM"}
    assert talks.place is not None and talks.place.name == "Ashgabat"
