"""A named gathering told with a future time possessive is ahead, also when the parser hangs the
possessive on the first word of the name (events/clause.py is_planned): "at next week's Group of
Eight summit" in a past clause is planned; "last week's" stays occurred."""

from __future__ import annotations

from event_views import one


def test_next_weeks_named_summit_in_a_past_clause_is_planned(extract):
    record = extract("Thousands of farmers marched through Brussels on Saturday calling for fair prices at next "
                     "week's Group of Twenty summit in Rome.")
    assert one(record, "gathering").status == "planned"


def test_last_weeks_named_summit_stays_occurred(extract):
    record = extract("Thousands of farmers marched through Brussels on Saturday to protest decisions taken at last "
                     "week's Group of Twenty summit in Rome.")
    assert one(record, "gathering").status == "occurred"
