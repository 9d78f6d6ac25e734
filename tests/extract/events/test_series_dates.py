"""A clause on a sitting that tells an earlier sitting of its series (session 13, dates): "the 12th
forum, last held in May 2019, opened on Tuesday" -- the series' earlier date is not this sitting's.
Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates, first

PUBLISHED = "2025-11-12"  # a Wednesday


@pytest.mark.parametrize(("text", "kind", "span"), [
    ("TASHKENT, Nov 12 (UzA) -- The 5th Tashkent International Investment Forum, last held in June 2023, opened in "
     "the Uzbek capital on Tuesday.", "gathering", ("2025-11-11", "2025-11-11")),
    ("BAKU, Azerbaijan, Nov. 12. The Baku Energy Week, which was first organised in 1994, will take place on "
     "1-3 June next year, Trend reports.", "gathering", ("2026-06-01", "2026-06-03")),
])
def test_an_earlier_sitting_of_the_series_does_not_date_this_one(extract, text, kind, span):
    told = first(extract(text), kind)
    assert dates(told) == span
