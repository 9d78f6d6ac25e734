"""The head of the host state named next to a visit is its host before the story frame is told
(events.run_events: visit_host_persons before tell_stories), so the talks the visit was paid for
take that host too, not only the visit."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2025-02-03"


def test_the_talks_of_the_visit_take_the_host_named_next_to_it(extract):
    record = extract(
        "DHAKA, Feb 3 (BSS) - Nepalese Prime Minister Khadga Prasad Oli has arrived in Dhaka for talks with "
        "Bangladeshi leaders on trade and transit. A day before his arrival, Oli warned not to expect a "
        "breakthrough on water sharing from President Mohammed Shahabuddin.")
    visits = [e for e in record.events if e.kind == "visit"]
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(visits) == 1 and len(talks) == 1
    assert people(record, visits[0]) == {"Khadga Prasad Oli", "Mohammed Shahabuddin"}
    assert people(record, talks[0]) == {"Khadga Prasad Oli", "Mohammed Shahabuddin"}
    assert talks[0].countries == ["BGD", "NPL"]
