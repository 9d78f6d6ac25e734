"""Which visits and meetings real copy tells (issue 14 items 1, 6, 7, 11; events/build.py, cues,
filter.py, clause.py, several.py).

Visits told without "visit" ("went to Israel for talks", "are in Lebanon", "traveling to Amman",
"will be the guest of"),
announced ones ("announced plans to visit", "is expected to meet with"), a tour of several
states (one visit per stop), talks with two counterparts in one sentence (two meetings), and a
visit a third party opposes (still the visit, planned).
"""

from __future__ import annotations

import pytest
from event_views import people

from dateline.record import Event, Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def of_kind(record: Record, kind: str) -> list[Event]:
    return [e for e in record.events if e.kind == kind]


@pytest.mark.parametrize(("text", "countries", "status"), [
    ("After Cairo, Indian Prime Minister Narendra Modi went to Jordan for talks with King Abdullah II on "
     "Monday.", ["IND", "JOR"], "occurred"),
    ("Estonian Prime Minister Kristen Michal and Latvian Prime Minister Evika Silina are in Ukraine this week.",
     ["EST", "LVA", "UKR"], "occurred"),
    ("Jordan's King Abdullah II is traveling to Cairo on Friday to meet Egyptian President Abdel Fattah el-Sisi.",
     ["EGY", "JOR"], "planned"),
    ("Indian External Affairs Minister Subrahmanyam Jaishankar made a surprise trip to Kabul on Tuesday.",
     ["AFG", "IND"], "occurred"),
    ("Japanese Foreign Minister Takeshi Iwaya arrived in Hanoi on Monday for a two-day stay.",
     ["JPN", "VNM"], "occurred"),
    ("Austrian Chancellor Christian Stocker will be the guest of Slovak Prime Minister Robert Fico on Thursday.",
     ["AUT", "SVK"], "planned"),
    ("Ghanaian President John Mahama is in Abuja as the guest of Nigerian President Bola Tinubu.",
     ["GHA", "NGA"], "occurred"),
])
def test_visits_told_without_the_word_visit(extract, text, countries, status):
    record = extract(text)
    (visit,) = of_kind(record, "visit")
    assert (visit.countries, visit.status) == (countries, status)


@pytest.mark.parametrize("text", [
    "Brazilian Foreign Minister Mauro Vieira went to court on Monday over the tax case.",
    "Kazakh President Kassym-Jomart Tokayev met Chinese envoys. Half of Kazakhstan's grain exports go to China.",
])
def test_going_that_is_no_journey(extract, text):
    record = extract(text)
    assert of_kind(record, "visit") == []


def test_announced_plans_to_visit_are_a_planned_visit_and_talks(extract):
    record = extract("U.S. Secretary of State Marco Rubio has announced plans to visit Saudi Arabia for talks "
                     "with Crown Prince Mohammed bin Salman.")
    (visit,) = of_kind(record, "visit")
    (talks,) = of_kind(record, "meeting")
    assert visit.status == talks.status == "planned"
    assert "SAU" in visit.countries and "Mohammed bin Salman" in people(record, talks)


def test_talks_with_two_counterparts_in_one_sentence_are_two_meetings(extract):
    record = extract("Russian Foreign Minister Sergei Lavrov held talks on Thursday with Israeli Foreign Minister "
                     "Gideon Saar, before he is to meet on Friday with Palestinian Foreign Minister Varsen Aghabekian.")
    meetings = of_kind(record, "meeting")
    assert len(meetings) == 2
    assert {"Gideon Saar", "Varsen Aghabekian"} <= {p for m in meetings for p in people(record, m)}
    assert sorted(m.status for m in meetings) == ["occurred", "planned"]


def test_a_tour_of_three_states_is_three_visits(extract):
    record = extract("Chinese Premier Li Qiang is on a tour of Malaysia, Thailand and Cambodia this week.")
    visits = of_kind(record, "visit")
    assert sorted(c for v in visits for c in v.countries if c != "CHN") == ["KHM", "MYS", "THA"]
    assert all("Li Qiang" in people(record, v) and v.status == "occurred" for v in visits)


@pytest.mark.parametrize("text", [
    "The country's top cleric is opposing British Foreign Secretary David Lammy's expected visit to Beirut "
    "on Monday.",
    "Opposition parties are boycotting British Foreign Secretary David Lammy's expected visit to Beirut on Monday.",
])
def test_a_visit_a_third_party_opposes_stands_planned(extract, text):
    record = extract(text)
    (visit,) = of_kind(record, "visit")
    assert (visit.countries, visit.status) == (["GBR", "LBN"], "planned")


@pytest.mark.parametrize("text", [
    "British Foreign Secretary David Lammy postponed his visit to Beirut on Monday.",
    "Hundreds protested the cancellation of British Foreign Secretary David Lammy's planned visit to Beirut.",
])
def test_a_visit_called_off_is_none(extract, text):
    record = extract(text)
    assert of_kind(record, "visit") == []


@pytest.mark.parametrize("text", [
    "Both sides have said they are ready for a second round of talks on the border.",
    "Vietnam is willing to hold talks with Cambodia on the canal project.",
])
def test_talks_offered_are_no_engagement(extract, text):
    record = extract(text)
    assert of_kind(record, "meeting") == []
