"""Status words (issue 14, item 11) and how real copy tells an official's stay: planned when
announced, occurred when reported as happening, whatever the tense of a raising verb."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-03-12"  # the extract fixture's default (tests/conftest.py)


def first(record: Record, kind: str) -> Event:
    found = [e for e in record.events if e.kind == kind]
    assert found, [(e.kind, e.trigger.text) for e in record.events]
    return found[0]


def persons(record: Record, event: Event) -> set[str]:
    return {record.actor(a).name for a in event.participants if record.actor(a).kind == "person"}


@pytest.mark.parametrize(("text", "kind"), [
    ("Chilean President Gabriel Boric is set to visit Argentina next week.", "visit"),
    ("Peruvian Foreign Minister Elmer Schialer is expected to meet his Bolivian counterpart David Choquehuanca "
     "in La Paz.", "meeting"),
    ("Deputy Secretary of State Kurt Campbell was slated to meet with Turkish Foreign Minister Hakan Fidan.",
     "meeting"),
    ("Chinese Foreign Minister Wang Yi is to meet his Russian counterpart Sergey Lavrov in Moscow.", "meeting"),
    ("Indonesian President Prabowo Subianto plans to visit Japan in April.", "visit"),
    ("Iraqi President Abdul Latif Rashid is due to travel to Tehran on Sunday.", "visit"),
])
def test_raising_verbs_announce_a_planned_engagement_of_their_subject(extract, text, kind):
    record = extract(text)
    event = first(record, kind)
    assert event.status == "planned"
    assert event.type == "AGREE"
    assert persons(record, event)  # the raised subject is a party


def test_travel_to_meet_is_planned_both_ways(extract):
    record = extract("Iraqi President Abdul Latif Rashid is to travel to Tehran on Monday to meet with Iranian "
                     "President Masoud Pezeshkian.")
    assert first(record, "visit").status == "planned"
    meeting = first(record, "meeting")
    assert meeting.status == "planned"
    assert meeting.countries == ["IRN", "IRQ"]


def test_a_schedule_that_includes_talks_is_planned(extract):
    record = extract("Chinese Premier Li Qiang arrived in Madrid on Tuesday. His schedule includes talks with "
                     "Spanish Prime Minister Pedro Sanchez.")
    assert first(record, "meeting").status == "planned"
    assert first(record, "visit").status == "occurred"


def test_a_summit_slated_for_a_date_is_planned(extract):
    event = first(extract("The summit of Andean presidents is slated for May 14 in Lima."), "gathering")
    assert (event.status, event.date.start) == ("planned", "2025-05-14")
    assert event.countries == ["PER"]


@pytest.mark.parametrize("text", [
    "The Pacific Alliance summit gathers today in Lima.",
    "The SCO summit is under way in Astana.",
])
def test_a_gathering_told_as_running_has_occurred(extract, text):
    event = first(extract(text), "gathering")
    assert event.status == "occurred"
    assert event.date.start == "2025-03-12"


@pytest.mark.parametrize(("text", "country", "status"), [
    ("Norwegian Foreign Minister Espen Barth Eide is in Sri Lanka.", "LKA", "occurred"),
    ("Colombian Foreign Minister Luis Gilberto Murillo is in Beijing for talks with Chinese officials.", "CHN",
     "occurred"),
    ("French Foreign Minister Jean-Noel Barrot and Saudi Foreign Minister Faisal bin Farhan are in Lebanon "
     "holding talks with both sides.", "LBN", "occurred"),
    ("German Chancellor Friedrich Merz will be in China next week for talks with President Xi Jinping.", "CHN",
     "planned"),
])
def test_an_officials_stay_abroad_is_a_visit(extract, text, country, status):
    event = first(extract(text), "visit")
    assert event.place is not None and event.place.country == country
    assert event.status == status
    assert country in event.countries and len(event.countries) >= 2


def test_an_official_at_home_is_no_visit(extract):
    record = extract("US President Donald Trump is in New York for the weekend.")
    assert not [e for e in record.events if e.kind == "visit"]


def test_a_past_planned_date_stays_planned_when_the_text_says_so(extract):
    event = first(extract("Kazakh Foreign Minister Murat Nurtleu was scheduled to visit Baku on March 3.",
                          published="2025-03-12"), "visit")
    assert event.status == "planned"


def test_a_stay_this_week_is_dated_by_its_arrival(extract):
    record = extract("Kenyan prosecutors led by Deputy Director of Public Prosecutions Jacinta Nyamosi are in "
                     "Tanzania this week for talks on organised crime. The delegation landed in Dodoma on Wednesday "
                     "morning.", published="2025-03-12")
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1
    assert visits[0].date.start == "2025-03-12"
    assert visits[0].countries == ["KEN", "TZA"]


def test_gathering_ahead_of_which_talks_took_place_is_planned_but_the_talks_are_not(extract):
    record = extract("Ahead of the SCO summit in Astana, Kazakh Foreign Minister Murat Nurtleu held talks with "
                     "Chinese Foreign Minister Wang Yi in Almaty on Tuesday.")
    [summit] = [e for e in record.events if e.kind == "gathering"]
    assert summit.status == "planned"
    [talks] = [e for e in record.events if e.kind == "meeting"]
    assert (talks.status, talks.date.start) == ("occurred", "2025-03-11")


def test_a_visit_during_which_something_was_agreed_has_occurred(extract):
    record = extract("Kenya and Somalia agreed to reopen their border crossings during a visit by "
                     "Somali Foreign Minister Ahmed Moalim Fiqi.")
    [visit] = [e for e in record.events if e.kind == "visit"]
    assert visit.status == "occurred"


def test_a_visit_during_which_a_meeting_is_expected_is_planned(extract):
    record = extract("Somali President Hassan Sheikh Mohamud is expected to meet with Kenyan President William Ruto "
                     "during his visit.")
    assert {e.kind: e.status for e in record.events if e.kind in {"visit", "meeting"}} == {
        "visit": "planned", "meeting": "planned"}


def test_the_wires_present_with_a_day_is_planned_when_no_date_resolves(extract):
    record = extract("Top finance officials of the Group of Seven industrialized nations meet Friday in Ottawa in an "
                     "effort to work out an agreement on debt relief.",
                     published=None)
    [event] = [e for e in record.events if e.kind == "multilateral"]
    assert event.status == "planned"


def test_a_gathering_that_closes_on_a_day_is_under_way(extract):
    record = extract("The G20 Leaders' Summit, under way in Rio de Janeiro since Monday, closes on Tuesday.",
                     published=None)
    [event] = [e for e in record.events if e.kind == "gathering"]
    assert event.status == "occurred"


def test_a_visit_embarked_on_to_meet_someone_has_begun(extract):
    record = extract("Pakistani Prime Minister Shehbaz Sharif embarked on Saturday on a visit to Washington to meet "
                     "with US President Donald Trump.", published="2025-03-08")
    [visit] = [e for e in record.events if e.kind == "visit"]
    assert visit.status == "occurred"
    assert visit.place is not None and visit.place.country == "USA"
