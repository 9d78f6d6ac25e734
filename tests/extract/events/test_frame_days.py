"""'On the second day of the visit': the talks take that day of the visit told before (events/frame.py,
events/dating.py ``framed_dates``). Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates, first

PUBLISHED = "2024-07-05"  # a Friday

LEAD = ("BAKU, July 5 (Trend) -- Azerbaijani President Ilham Aliyev arrived in Beijing on Wednesday on a three-day "
        "state visit. ")


@pytest.mark.parametrize(("sentence", "day"), [
    ("On the second day of the visit, Aliyev held talks with President Xi Jinping.", "2024-07-04"),
    ("On the third day of the visit, Aliyev held talks with President Xi Jinping.", "2024-07-05"),
    ("On the first day of the visit, Aliyev held talks with President Xi Jinping.", "2024-07-03"),
])
def test_talks_on_the_nth_day_of_a_visit_take_that_day(extract, sentence, day):
    record = extract(LEAD + sentence)
    assert dates(first(record, "visit")) == ("2024-07-03", "2024-07-05")
    talks = first(record, "meeting")
    assert talks.status == "occurred"
    assert dates(talks) == (day, day)


def test_a_day_past_the_visits_end_is_not_taken(extract):
    record = extract(
        "ASTANA, July 5 (Kazinform) -- Kyrgyz President Sadyr Japarov paid a two-day state visit to Kazakhstan on "
        "July 1-2. On the fourth day of the visit, Japarov held talks with President Kassym-Jomart Tokayev.")
    assert dates(first(record, "meeting")) != ("2024-07-04", "2024-07-04")
