"""A call that arranges talks tells two engagements: "spoke by telephone and agreed to meet soon" is
a call and a planned meeting (issue 14; events/filter.py ``keep``). Talks the call only discusses
stay the call.
"""

from __future__ import annotations


def test_a_meeting_agreed_in_a_call_is_a_planned_meeting(extract):
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev spoke by telephone on "
            "Tuesday and agreed to meet in Abu Dhabi next month.")
    record = extract(text)
    assert [e.kind for e in record.events if e.kind == "call"] == ["call"]
    assert [(e.countries, e.status) for e in record.events if e.kind == "meeting"] == [(["ARM", "AZE"], "planned")]


def test_a_call_that_discusses_talks_is_the_call(extract):
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev spoke by telephone on "
            "Tuesday and discussed the peace talks.")
    assert [e.kind for e in extract(text).events] == ["call"]
