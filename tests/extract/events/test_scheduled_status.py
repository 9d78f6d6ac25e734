"""Status and dates of scheduled engagements in wire and agency copy (issue 14, item 11): the wire's
present for what is scheduled ("which begins Monday", "meets February 2", "is heading Sunday to"),
"later on Thursday", a gathering "which opens today" under way, "set to take place from ... to ...",
talks dated by the summit they were held at, a span across a month's end, and a document named by its
year. Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates, first


@pytest.mark.parametrize("text", [
    "Cambodia ruled out a meeting with Thai leaders during the regional summit, which officially begins Monday.",
    "Officials said Washington plans to raise the issue at the APEC summit, which opens Saturday in Lima.",
])
def test_a_summit_which_begins_on_a_weekday_is_planned(extract, text):
    assert first(extract(text), "gathering").status == "planned"


@pytest.mark.parametrize(("text", "status"), [
    ("U.S. Deputy Secretary of State Richard Verma is heading Sunday to the Gulf for visits to Qatar, Kuwait "
     "and Oman.", "planned"),
    ("Philippine Foreign Secretary Enrique Manalo is leaving for Tokyo on Tuesday for talks with Japanese "
     "officials.", "planned"),
    ("U.S. Deputy Secretary of State Richard Verma is heading to the Gulf for visits to Qatar, Kuwait and Oman.",
     "occurred"),
])
def test_travel_in_the_present_progressive_with_a_day_is_scheduled(extract, text, status):
    assert first(extract(text), "visit").status == status


def test_leaving_later_on_the_report_day_is_planned(extract):
    record = extract(
        "BELGRADE, Oct. 30 (Tanjug) - Slovak Foreign Minister Juraj Blanar, who arrived in Belgrade on Wednesday "
        "evening, leaves for Montenegro later on Thursday.", published="2025-10-30")
    onward = next(e for e in record.events if e.kind == "visit" and "MNE" in e.countries)
    assert onward.status == "planned"
    assert dates(onward) == ("2025-10-30", "2025-10-30")
    done = extract("Slovak Foreign Minister Juraj Blanar left for Montenegro later on Thursday.",
                   published="2025-10-31")
    assert first(done, "visit").status == "occurred"


@pytest.mark.parametrize(("text", "status"), [
    ("KUALA LUMPUR, Oct. 26 (Bernama) -- The ASEAN summit, which opens today in Kuala Lumpur, will focus on "
     "trade and the situation in Myanmar.", "occurred"),
    ("KUALA LUMPUR, Oct. 24 (Bernama) -- The ASEAN summit, which opens Sunday in Kuala Lumpur, will focus on "
     "trade and the situation in Myanmar.", "planned"),
])
def test_a_gathering_that_opens_today_is_under_way(extract, text, status):
    published = "2025-10-26" if "26" in text[:30] else "2025-10-24"
    summit = first(extract(text, published=published), "gathering")
    assert summit.status == status
    assert dates(summit) == ("2025-10-26", "2025-10-26")


def test_a_gathering_set_to_take_place_on_days_takes_them(extract):
    record = extract(
        "ABU DHABI, 9th January, 2025 (WAM) -- The UAE Minister of State Khalifa Shaheen Al Marar received the "
        "Ambassador of Chile. They discussed the participation of Chile in the World Future Energy Summit, set to "
        "take place in Abu Dhabi from January 14 to 16.", published="2025-01-09")
    summit = first(record, "gathering")
    assert dates(summit) == ("2025-01-14", "2025-01-16")
    assert summit.status == "planned"


def test_talks_at_a_summit_held_on_a_day_take_that_day(extract):
    record = extract(
        "ASTANA, 29 December (Kazinform) -- President of Kazakhstan Kassym-Jomart Tokayev will pay a state visit "
        "to Kyrgyzstan on January 12-13, the Akorda press service said. Tokayev and Kyrgyz President Sadyr Japarov "
        "last met at the informal CIS summit held in St Petersburg on December 22.", published="2025-12-29")
    visit = first(record, "visit")
    assert (dates(visit), visit.status) == (("2026-01-12", "2026-01-13"), "planned")
    talks = first(record, "meeting")
    assert (dates(talks), talks.status) == (("2025-12-22", "2025-12-22"), "occurred")


def test_a_span_across_a_months_end_is_one_date(extract):
    record = extract(
        "TIANJIN, Sept. 1 (Xinhua) -- The heads of state of the Shanghai Cooperation Organization member states "
        "gathered in Tianjin for the SCO summit held on August 31-September 1.", published="2025-09-01")
    assert dates(first(record, "gathering")) == ("2025-08-31", "2025-09-01")


def test_a_document_named_by_its_year_was_concluded_even_without_a_report_date(extract):
    record = extract("Indian Defense Minister Rajnath Singh said India has decided to amend a 1991 accord with "
                     "Bangladesh on river waters.")
    accord = first(record, "agreement")
    assert (accord.status, dates(accord)) == ("occurred", ("1991", "1991"))


@pytest.mark.parametrize(("sentence", "start"), [
    ("The visit of the Japanese Prime Minister to Kazakhstan, originally scheduled for October, has been "
     "postponed to December.", "2025-12"),
    ("The meeting of the Kazakh-Japanese intergovernmental commission was postponed until November 20.",
     "2025-11-20"),
    ("The meeting of the Kazakh-Japanese intergovernmental commission was postponed to January 20.", "2026-01-20"),
])
def test_a_postponed_engagement_takes_its_new_date(extract, sentence, start):
    record = extract(f"ASTANA, 12 November (Kazinform) -- {sentence}", published="2025-11-12")
    event = next(e for e in record.events if e.kind in {"visit", "meeting"})
    assert (event.status, event.date.start if event.date else None) == ("planned", start)


@pytest.mark.parametrize(("sentence", "kind", "status"), [
    ("The Kremlin also confirmed that Russian President Vladimir Putin phoned Indian Prime Minister Narendra Modi "
     "on Tuesday.", "call", "occurred"),
    ("The ministry confirmed that Russian President Vladimir Putin met Indian Prime Minister Narendra Modi in "
     "Kazan on Tuesday.", "meeting", "occurred"),
    ("The Kremlin confirmed that Russian President Vladimir Putin will visit India in December.", "visit", "planned"),
])
def test_a_finite_past_clause_under_a_planning_verb_happened(extract, sentence, kind, status):
    event = first(extract(f"MOSCOW, Nov. 14 (TASS) -- {sentence}", published="2025-11-14"), kind)
    assert event.status == status
