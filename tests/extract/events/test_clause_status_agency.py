"""Status from the trigger's own clause in agency and wire copy (events/clause.py, events/build.py).

A relative clause that tells what an engagement is ("a trip that will mark his first visit", "a visit
that will focus on transport") does not schedule it; a noun the text puts behind the report ("his
recent trip", "their previous meeting") happened, with no date of its own; what a present or future
clause happens "before" is still ahead; the wire's present with "this week" is scheduled (not with
"last week" or "every week"); a present "when" clause under a future clause's noun is ahead. Reports
written for these tests.
"""

from __future__ import annotations

import pytest
from event_views import dates, first

PUBLISHED = "2025-03-05"


@pytest.mark.parametrize("text", [
    "Kazakh President Kassym-Jomart Tokayev is on his way to Baku for a two-day trip that will mark his first "
    "state visit to Azerbaijan since 2022.",
    "ASTANA, 5 March (Kazinform) -- Kazakh Prime Minister Olzhas Bektenov is in Tashkent for a two-day visit "
    "that will focus on transport and water, the government press service reports.",
])
def test_a_relative_clause_of_content_does_not_schedule_the_engagement(extract, text):
    assert first(extract(text), "visit").status == "occurred"


@pytest.mark.parametrize("text", [
    "Uzbek President Shavkat Mirziyoyev will pay a state visit to Turkmenistan that will begin on Monday.",
    "The Caspian summit, which will be held in Tehran in August, will focus on security.",
])
def test_a_relative_clause_of_time_still_schedules_it(extract, text):
    event = next(e for e in extract(text).events if e.kind in {"visit", "gathering"})
    assert event.status == "planned"


def test_a_recent_trip_happened_and_has_no_report_day(extract):
    record = extract(
        "ASHGABAT, 5 March (TDH) -- Turkmen Foreign Minister Rashid Meredov will brief parliament on the "
        "results of his recent talks with Iranian Foreign Minister Abbas Araghchi.")
    talks = first(record, "meeting")
    assert talks.status == "occurred"
    assert sorted(talks.countries) == ["IRN", "TKM"]
    assert dates(talks) == (None, None)


def test_a_previous_visit_recalled_under_a_future_clause_happened(extract):
    record = extract(
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said he would raise the matter with "
        "Egyptian President Abdel Fattah al-Sisi, as he did during his previous visit to Cairo.")
    visit = next(e for e in record.events if e.kind == "visit" and "EGY" in e.countries)
    assert visit.status == "occurred"


@pytest.mark.parametrize(("text", "status"), [
    ("The announcement comes two weeks before a summit of the Shanghai Cooperation Organisation in Astana.",
     "planned"),
    ("Armenia and Azerbaijan will exchange drafts of the peace treaty before the summit of the Organization "
     "of Turkic States in Budapest.", "planned"),
])
def test_what_a_present_or_future_clause_comes_before_is_ahead(extract, text, status):
    assert first(extract(text), "gathering").status == status


@pytest.mark.parametrize(("text", "status"), [
    ("President Recep Tayyip Erdogan visits Azerbaijan and Georgia this week.", "planned"),
    ("President Recep Tayyip Erdogan visited Azerbaijan and Georgia last week.", "occurred"),
])
def test_the_wire_present_with_this_week_is_scheduled(extract, text, status):
    visits = [e for e in extract(text, published=None).events if e.kind == "visit"]
    assert {e.status for e in visits} == {status}
    assert {c for e in visits for c in e.countries} == {"AZE", "GEO", "TUR"}


@pytest.mark.parametrize("text", [
    "Trade will be a key issue discussed when Kazakh President Kassym-Jomart Tokayev meets with Chinese "
    "President Xi Jinping.",
    "Border security will be the main topic when Tajik President Emomali Rahmon meets his Kyrgyz counterpart "
    "Sadyr Japarov.",
])
def test_a_present_when_clause_under_a_future_clause_is_ahead(extract, text):
    assert first(extract(text, published=None), "meeting").status == "planned"


def test_an_agency_report_keeps_each_clause_its_own_status(extract):
    record = extract(
        "BAKU, 5 March (APA) -- Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Baku on Wednesday for a "
        "two-day official visit that will focus on transit and energy.\n\n"
        "Kulubaev held talks with his Azerbaijani counterpart Jeyhun Bayramov on Wednesday. The ministers recalled "
        "their previous meeting in Bishkek and noted that the visit comes a month before the summit of the "
        "Organization of Turkic States in Gabala.\n\n"
        "The two ministers will sign a memorandum on consular cooperation on Thursday.")
    visit = first(record, "visit")
    assert visit.status == "occurred"
    assert dates(visit) == ("2025-03-05", "2025-03-06")
    summit = first(record, "gathering")
    assert summit.status == "planned"
    assert first(record, "agreement").status == "planned"
    talks = [e for e in record.events if e.kind == "meeting"]
    assert {e.status for e in talks} == {"occurred"}


@pytest.mark.parametrize(("text", "status"), [
    ("Israeli and Palestinian security chiefs are preparing for more talks on the handover of the towns.",
     "planned"),
    ("Officials of Armenia and Azerbaijan are preparing for talks on the border in Almaty.", "planned"),
])
def test_what_is_being_prepared_for_is_ahead(extract, text, status):
    assert first(extract(text, published=None), "meeting").status == status


@pytest.mark.parametrize(("text", "status", "span"), [
    ("Kazakh President to pay state visit to China", "planned", (None, None)),
    ("Kazakh President Kassym-Jomart Tokayev to visit China in April", "planned", ("2025-04", "2025-04")),
    ("Kazakh President Kassym-Jomart Tokayev visited China in February.", "occurred", ("2025-02", "2025-02")),
])
def test_the_headline_infinitive_is_planned(extract, text, status, span):
    visit = first(extract(text), "visit")
    assert visit.status == status
    assert "CHN" in visit.countries
    assert dates(visit) == span
