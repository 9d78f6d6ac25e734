"""A meeting agreed on is still to come (session 14, status; events/clause.py): 'agreed on a meeting of
the commission in December', like 'agreed to talks', is planned, and its December is the next one.
Reports written for these tests."""

from __future__ import annotations

from event_views import dates

PUBLISHED = "2026-11-13"


def test_a_meeting_agreed_on_is_planned(extract):
    record = extract("ASTANA, 12 November. Kazakh Foreign Minister Yermek Kosherbayev and his Uzbek counterpart "
                     "Bakhtiyor Saidov agreed on a meeting of the intergovernmental commission in December.")
    meeting = next(e for e in record.events if e.trigger.text == "meeting")
    assert (meeting.status, dates(meeting)[0]) == ("planned", "2026-12")
