"""Meeting, multilateral or call, by the count of the sides and what the text calls them (issue
14, item 4 and the errors on real copy): talks told as bilateral stay meetings whatever other
state the sentence names; three sides meeting are a multilateral meeting; a standing negotiation
named as a process is no round held; a request is no engagement; a call is between officials."""

from __future__ import annotations

import pytest
from event_views import people

from dateline.record import Record

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


def kinds(record: Record) -> list[str]:
    return sorted(e.kind for e in record.events)


def test_talks_between_the_two_countries_are_a_meeting(extract):
    record = extract("Iran and the United States discussed the security of Iraq on Monday, during the highest-level "
                     "talks between the two countries in decades.")
    assert kinds(record) == ["meeting"]
    assert {"IRN", "USA"} <= set(record.events[0].countries)


def test_two_officials_of_two_states_are_a_meeting_whatever_else_is_named(extract):
    record = extract("Uzbek Foreign Minister Bakhtiyor Saidov held talks in Doha on Wednesday with Qatari Prime "
                     "Minister Mohammed bin Abdulrahman Al Thani, on a tour aimed at drawing Gulf investment into "
                     "Central Asia.")
    (talks,) = [e for e in record.events if e.kind in {"meeting", "multilateral"}]
    assert talks.kind == "meeting"
    assert people(record, talks) == {"Bakhtiyor Saidov", "Mohammed bin Abdulrahman Al Thani"}
    record = extract("Lavrov and Turkish Foreign Minister Hakan Fidan agreed to meet in Astana on July 4 on the "
                     "sidelines of the summit, which Kazakhstan will host.")
    assert [e.kind for e in record.events if e.kind in {"meeting", "multilateral"}] == ["meeting"]


def test_three_states_meeting_are_multilateral(extract):
    record = extract("The foreign ministers of Brazil, Argentina and Chile met in Santiago on Friday.")
    (event,) = record.events
    assert (event.kind, event.countries, event.place.country) == ("multilateral", ["ARG", "BRA", "CHL"], "CHL")
    record = extract("Japan, China and South Korea held trilateral talks in Seoul on Monday.")
    assert [e.kind for e in record.events] == ["multilateral"]


def test_separate_bilateral_meetings_are_one_each(extract):
    record = extract("On Monday, Azerbaijani Prosecutor General Kamran Aliyev met Uzbek Prosecutor General "
                     "Nigmatilla Yuldashev and Iranian Prosecutor General Mohammad Movahedi-Azad in separate "
                     "bilateral meetings in Baku.")
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert sorted(tuple(e.countries) for e in meetings) == [("AZE", "IRN"), ("AZE", "UZB")]
    assert not [e for e in record.events if e.kind == "multilateral"]


@pytest.mark.parametrize("text", [
    "The official news agency said leader Kim Jong Un reaffirmed a commitment to pursue the six-party talks.",
    "Pyongyang has demanded that sanctions be lifted before returning to the stalled six-party talks.",
    "Beijing hoped for progress in the six-party talks and better coordination among the countries involved.",
    "Seoul wants better coordination among the countries involved in the six party talks (among China, South "
    "Korea, Japan, Russia, the United States and North Korea).",
])
def test_standing_talks_named_as_a_process_are_no_round(extract, text):
    assert [e for e in extract(text).events if e.kind in {"meeting", "multilateral"}] == []


@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron urged the two sides to meet soon.",
    "Kenyan President William Ruto demanded a meeting with Ugandan President Yoweri Museveni.",
    "Chinese President Xi Jinping called for progress in talks on the peninsula during a meeting with "
    "South Korean President Yoon Suk Yeol on Saturday.",
])
def test_a_request_is_no_engagement(extract, text):
    record = extract(text)
    assert "other" not in kinds(record)
    assert all(e.type != "REQUEST" for e in record.events)


@pytest.mark.parametrize(("text", "countries"), [
    ("Turkish President Recep Tayyip Erdogan telephoned Russian President Vladimir Putin on Friday to discuss "
     "the grain corridor.", ["RUS", "TUR"]),
    ("In a phone call on Monday, Kenyan President William Ruto and Ugandan President Yoweri Museveni discussed "
     "the border.", ["KEN", "UGA"]),
    ("Brazilian President Lula spoke by telephone on Tuesday with Argentine President Javier Milei.",
     ["ARG", "BRA"]),
])
def test_telephone_conversations_are_calls(extract, text, countries):
    (event,) = extract(text).events
    assert (event.kind, event.countries, event.status) == ("call", countries, "occurred")


def test_a_call_from_a_suspect_is_no_call(extract):
    for text in ("The court report says Lebanese President Joseph Aoun received a telephone call from a suspect "
                 "in the bombing shortly before it occurred.",
                 "The report says President Joseph Aoun received a telephone call from a suspect in Rafik Hariri's "
                 "assassination."):
        assert [e for e in extract(text).events if e.kind == "call"] == []


@pytest.mark.parametrize(("text", "countries"), [
    ("Sudan and South Sudan are holding talks in Addis Ababa mediated by the African Union.", ["AU", "SDN", "SSD"]),
    ("Negotiators from Serbia and Kosovo held talks in Brussels on Tuesday under the auspices of the European "
     "Union.", ["EU", "SRB", "XKX"]),
])
def test_talks_with_an_organisation_as_mediator_are_multilateral(extract, text, countries):
    (event,) = extract(text).events
    assert (event.kind, event.countries) == ("multilateral", countries)


def test_meeting_an_organisations_official_is_a_meeting(extract):
    (event,) = extract("Azerbaijani Foreign Minister Jeyhun Bayramov met EU foreign policy chief Kaja Kallas in "
                       "Brussels on Monday.").events
    assert (event.kind, event.countries) == ("meeting", ["AZE", "EU"])


def test_talks_on_the_sidelines_of_an_organisations_conference_stay_a_meeting(extract):
    record = extract("The prosecutors general of Ghana and Kenya met in Accra on Tuesday on the sidelines of the "
                     "annual conference of the International Association of Prosecutors.")
    assert [e.kind for e in record.events if e.kind in {"meeting", "multilateral"}] == ["meeting"]


def test_meeting_postponed_to_a_later_day_is_still_planned(extract):
    record = extract("The foreign ministers of Brazil, Argentina and Chile postponed their meeting in Santiago "
                     "until next week.")
    (event,) = record.events
    assert (event.kind, event.status, event.countries) == ("multilateral", "planned", ["ARG", "BRA", "CHL"])
    assert extract("The foreign ministers of Brazil, Argentina and Chile postponed their meeting in "
                   "Santiago.").events == []


def test_states_told_through_their_unnamed_officials_are_sides(extract):
    record = extract("On Monday, Malaysian Foreign Minister Mohamad Hasan and New Zealand Foreign Minister Winston "
                     "Peters joined the foreign ministers of Chile, Peru and Mexico for a meeting in Lima.")
    (event,) = [e for e in record.events if e.kind in {"meeting", "multilateral"}]
    assert event.kind == "multilateral"
    assert set(event.countries) >= {"CHL", "MEX", "MYS", "NZL", "PER"}
