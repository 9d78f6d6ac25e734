"""Status words (issue 14, item 11): an engagement something happens 'ahead of' is ahead; a
gerund after 'before'/'after' takes the tense of its clause; under way / kicked off / opened
have occurred; called off, postponed or negated engagements are no events. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.fixture
def events(extractor):
    def run(text: str) -> list[tuple[str, str, str]]:
        record = extractor.extract(Article(text=text, id="t", published="2026-12-03"))
        return [(e.kind, e.trigger.text, e.status) for e in record.events]

    return run


def test_a_visit_something_happens_ahead_of_is_planned(events):
    found = events("Pakistani Foreign Minister Ishaq Dar met Afghan Foreign Minister Amir Khan Muttaqi in Kabul "
                   "ahead of a visit by Chinese Foreign Minister Wang Yi to Afghanistan.")
    assert ("meeting", "met", "occurred") in found
    assert ("visit", "visit", "planned") in found


def test_travel_after_before_under_a_future_is_planned(events):
    found = events("Kenyan President William Ruto will visit Uganda on Monday before traveling to Kigali for "
                   "talks with President Paul Kagame.")
    assert [s for k, t, s in found if t in {"traveling", "talks"}] == ["planned", "planned"]


def test_travel_after_before_in_a_past_report_has_occurred(events):
    found = events("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday "
                   "before traveling to Kigali.")
    assert ("meeting", "met", "occurred") in found


@pytest.mark.parametrize(("text", "status"), [
    ("The summit of the Shanghai Cooperation Organisation is under way in Bishkek.", "occurred"),
    ("The Caspian Economic Forum kicked off in Tehran on Wednesday.", "occurred"),
    ("The ASEAN Regional Forum opened on Monday in Vientiane.", "occurred"),
    ("The Organization of Turkic States will convene its informal summit in Budapest on December 12.", "planned"),
    ("The first Amazon Economic Forum is planned to be held in Belem next month.", "planned"),
])
def test_gathering_status_words(events, text, status):
    assert [s for k, t, s in events(text) if k == "gathering"] == [status]


@pytest.mark.parametrize("text", [
    "Turkish President Recep Tayyip Erdogan postponed his visit to Iraq.",
    "The visit of Hungarian Prime Minister Viktor Orban to Beijing was cancelled.",
    "Ecuadorian President Daniel Noboa did not meet Colombian President Gustavo Petro in Quito.",
])
def test_called_off_or_negated_engagements_are_no_events(events, text):
    assert events(text) == []


def test_the_next_day_counts_from_the_story_and_puts_nothing_ahead(events):
    found = events("Omani Foreign Minister Badr Albusaidi held talks with Iranian Foreign Minister Abbas Araghchi "
                   "in Tehran on Sunday. The next day, he was received by President Masoud Pezeshkian.")
    assert ("meeting", "received", "occurred") in found


def test_next_week_told_from_the_report_still_puts_a_meeting_ahead(events):
    found = events("Next week, Omani Foreign Minister Badr Albusaidi is received by Iranian President Masoud "
                   "Pezeshkian in Tehran.")
    assert ("meeting", "received", "planned") in found


def test_a_past_verb_is_not_put_ahead_by_the_next_weeks_time_of_other_talks(events):
    found = events("Chinese envoy Liu Jinsong and his Japanese counterpart Kanai Masaaki met Tuesday in Beijing "
                   "ahead of four-party talks in Geneva next week.")
    assert ("meeting", "met", "occurred") in found


def test_a_visit_a_future_clause_is_set_in_through_a_gerund_is_planned(events):
    found = events("Indian Prime Minister Narendra Modi says he will push for deepening defence ties with Cyprus "
                   "during his visit to the island.")
    assert ("visit", "visit", "planned") in found


def test_a_visit_a_past_clause_is_set_in_through_a_gerund_has_occurred(events):
    found = events("Indian Prime Minister Narendra Modi spoke about deepening defence ties with Cyprus "
                   "during his visit to the island.")
    assert ("visit", "visit", "occurred") in found


def test_talks_a_person_has_scheduled_are_planned(events):
    found = events("Kyrgyz Foreign Minister Jeenbek Kulubaev also has meetings scheduled with the speaker of the "
                   "Turkish parliament and the mayor of Istanbul.")
    assert [s for k, t, s in found if t == "meetings"] == ["planned"]


def test_talks_scheduled_and_held_have_occurred(events):
    found = events("Kyrgyz Foreign Minister Jeenbek Kulubaev held the meetings scheduled with the speaker of the "
                   "Turkish parliament and the mayor of Istanbul.")
    assert [s for k, t, s in found if t in {"meetings", "held"}] == ["occurred"]


def test_talks_that_were_supposed_to_begin_on_a_past_day_are_planned(extractor):
    record = extractor.extract(Article(text=(
        "Ankara, March 11 (Bosphorus Desk) - The talks between the Turkish and Greek defence ministers were "
        "supposed to begin in Athens on Monday."), id="t", published="2026-03-11"))
    talks = [e for e in record.events if e.trigger.text == "talks"]
    assert [(e.status, e.date.start if e.date else None) for e in talks] == [("planned", "2026-03-09")]


def test_a_host_gearing_up_for_a_summit_holds_it_ahead(extractor):
    record = extractor.extract(Article(text=(
        "Manila, March 11 (Luzon Wire) -- The Philippines is gearing up to host the ASEAN Summit in Manila in "
        "October."), id="t", published="2026-03-11"))
    summit = [e for e in record.events if e.kind == "gathering"]
    assert [(e.status, e.date.start if e.date else None) for e in summit] == [("planned", "2026-10")]


def test_a_meeting_states_are_invited_to_is_ahead(extractor):
    record = extractor.extract(Article(text=(
        "Cairo, Nov 1 (Nile Desk) - Egypt invited the leaders of Sudan and South Sudan to a meeting in Cairo."),
        id="t", published="2026-11-01"))
    assert [(e.status, e.date) for e in record.events if e.trigger.text == "meeting"] == [("planned", None)]
    assert [e.status for e in record.events if e.kind == "invitation"] == ["occurred"]


def test_talks_that_plans_or_arrangements_are_for_are_ahead(extractor):
    for lead in ("The official confirmed plans for", "Officials discussed arrangements for"):
        record = extractor.extract(Article(text=(
            f"Tokyo, March 11 (Honshu Desk) -- {lead} a meeting between Chinese President Xi Jinping and "
            "Japanese Prime Minister Sanae Takaichi in Moscow."), id="t", published="2026-03-11"))
        assert [(e.status, e.date) for e in record.events if e.trigger.text == "meeting"] == [("planned", None)]


def test_talks_a_present_visit_comes_after_are_behind_in_undated_copy(extractor):
    record = extractor.extract(Article(text=(
        "Japanese Prime Minister Sanae Takaichi's one-day visit to Pakistan comes after her talks Friday in "
        "New Delhi with Indian Prime Minister Narendra Modi."), id="t", published=None))
    assert [e.status for e in record.events if e.trigger.text == "talks"] == ["occurred"]


def test_a_summit_an_invitation_received_asks_to_attend_is_ahead(extractor):
    record = extractor.extract(Article(text=(
        "Muscat, March 11 (Gulf Desk) - The Sultan of Oman received a written invitation from the King of Bahrain "
        "to attend the Arab League summit in Manama."), id="t", published="2026-03-11"))
    assert [(e.status, e.date) for e in record.events if e.kind == "gathering"] == [("planned", None)]
