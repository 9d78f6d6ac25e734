"""'The vice ministers of both countries will meet': deputies in the plural are not the principals the
story told before, so the talks borrow their states and not them (events/sides.deputy_stand_in, used by
merge_events' lending)."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2026-06-21"


def _planned_meetings(record):
    return [e for e in record.events if e.kind == "meeting" and e.status == "planned"]


def test_deputies_borrow_no_principals(extract):
    record = extract(
        "SANTIAGO, June 21 (Andes Wire) - Chilean Foreign Minister Alberto van Klaveren held a phone call on "
        "Sunday with his Argentine counterpart Gerardo Werthein.\n\nAccording to the ministry, the vice "
        "ministers of foreign affairs of both countries will meet in Mendoza on July 3 to prepare the next "
        "summit.")
    [talks] = _planned_meetings(record)
    assert people(record, talks) == set()
    assert talks.countries == ["ARG", "CHL"]


def test_ministers_themselves_still_borrow(extract):
    # a guard: the principals meeting again are still the ones told (passes on the old code too)
    record = extract(
        "SANTIAGO, June 21 (Andes Wire) - Chilean Foreign Minister Alberto van Klaveren held a phone call on "
        "Sunday with his Argentine counterpart Gerardo Werthein.\n\nThe two ministers will meet in Mendoza "
        "on July 3 to prepare the next summit.")
    [talks] = _planned_meetings(record)
    assert people(record, talks) == {"Alberto van Klaveren", "Gerardo Werthein"}
