"""'X called on Prime Minister Y': a courtesy call in person, a meeting (events/act_cues.py); "called
on Y to release the detainees" and "called on the international community" are appeals, no event."""

from __future__ import annotations

import pytest
from event_views import one, people

PUBLISHED = "2025-05-14"


def test_a_call_on_the_prime_minister_during_a_stay_is_a_meeting_of_its_own(extract):
    record = extract(
        "ISLAMABAD, May 13 (APP) -- Kazakh Foreign Minister Murat Nurtleu called on Prime Minister Shehbaz "
        "Sharif in Islamabad on Tuesday. Nurtleu is on a two-day official visit to Pakistan.\n\n"
        "Later in the day, the Kazakh minister held delegation-level talks with Deputy Prime Minister and "
        "Foreign Minister Ishaq Dar at the Foreign Office.")
    meetings = sorted((sorted(people(record, e)), e.countries, e.status) for e in record.events
                      if e.kind == "meeting")
    assert meetings == [(["Ishaq Dar", "Murat Nurtleu"], ["KAZ", "PAK"], "occurred"),
                        (["Murat Nurtleu", "Shehbaz Sharif"], ["KAZ", "PAK"], "occurred")]
    visit = one(record, "visit")
    assert visit.countries == ["KAZ", "PAK"]
    assert not [e for e in record.events if e.kind == "call"]


def test_a_planned_call_on_the_president_is_a_planned_meeting(extract):
    record = extract(
        "COLOMBO, May 13 (Newswire) -- Indian External Affairs Minister Subrahmanyam Jaishankar will call "
        "on President Anura Kumara Dissanayake during his visit to Sri Lanka next week, the ministry said.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["IND", "LKA"]
    assert people(record, meeting) == {"Subrahmanyam Jaishankar", "Anura Kumara Dissanayake"}
    assert meeting.status == "planned"


def test_calling_on_a_minister_to_discuss_trade_is_talks(extract):
    record = extract("NEW DELHI, May 13 (PTI) -- Maldivian Foreign Minister Abdulla Khaleel called on External "
                     "Affairs Minister Subrahmanyam Jaishankar on Tuesday to discuss bilateral cooperation.")
    meeting = one(record, "meeting")
    assert meeting.countries == ["IND", "MDV"]
    assert meeting.date is not None and meeting.date.start == "2025-05-13"


@pytest.mark.parametrize("text", [
    "LONDON, May 13 (Reuters) -- British Foreign Secretary David Lammy called upon Iranian Foreign Minister "
    "Abbas Araghchi to release the detained British nationals.",
    "BUDAPEST, May 13 (MTI) -- Hungarian Prime Minister Viktor Orban called on Ukrainian President Volodymyr "
    "Zelensky to accept a ceasefire.",
    "ANKARA, May 13 (AA) -- Turkish President Recep Tayyip Erdogan called on the international community "
    "to stop the war.",
])
def test_an_appeal_is_no_meeting(extract, text):
    assert not [e for e in extract(text).events if e.kind in {"meeting", "call"}]
