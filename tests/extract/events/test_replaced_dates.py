"""Dates of planned engagements told by month or day without a year, and dates the text has replaced
(events/dating.py ``planned_ahead``, events/dates.py). Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates, first


@pytest.mark.parametrize(("text", "published", "span"), [
    ("Uzbek President Shavkat Mirziyoyev said he would visit Azerbaijan in January.", "2025-12-20",
     ("2026-01", "2026-01")),
    ("Kazakh President Kassym-Jomart Tokayev announced on Monday that he would visit China on April 28.",
     "2025-04-15", ("2025-04-28", "2025-04-28")),
    ("Kazakh President Kassym-Jomart Tokayev visited China in January.", "2025-12-20", ("2025-01", "2025-01")),
])
def test_a_planned_engagement_takes_the_next_such_month(extract, text, published, span):
    assert dates(first(extract(text, published=published), "visit")) == span


@pytest.mark.parametrize("text", [
    "The visit of the Kyrgyz President Sadyr Japarov to Tajikistan, first planned for January, will take place "
    "in May.",
    "The visit of the Kyrgyz President Sadyr Japarov to Tajikistan, originally scheduled for January, was "
    "postponed to May.",
    "DUSHANBE, 5 March (Khovar) -- The official visit of Kyrgyz President Sadyr Japarov to Tajikistan, initially "
    "set for January, will now take place in May, the presidential press service said.",
])
def test_a_replaced_date_yields_to_the_new_one(extract, text):
    visit = first(extract(text, published="2025-03-05"), "visit")
    assert visit.status == "planned"
    assert dates(visit) == ("2025-05", "2025-05")
