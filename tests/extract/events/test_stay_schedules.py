"""A visit's last day told by its schedule (session 14, dates): 'The programme of the visit runs until
Friday', and 'His stay runs until 5 September', which the parser reads as one noun ('stay runs'),
end the visit that began on a known day (events/spans.py). Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates, first

PUBLISHED = "2026-09-16"

ARRIVED = ("MINSK, 16 September (BelTA) - Belarusian Prime Minister Aleksandr Turchin held talks with Vice President "
           "of Ghana James Opoku-Agyemang on 16 September. The Ghanaian Vice President arrived in Minsk on an "
           "official visit on 15 September.")


@pytest.mark.parametrize(("closing", "end"), [
    ("The programme of the visit runs until 18 September.", "2026-09-18"),
    ("His stay runs until 18 September.", "2026-09-18"),
    ("The program of his stay runs until 18 September and includes a trip to the Minsk Tractor Works.", "2026-09-18"),
    ("The exhibition of tractors runs until 18 September.", "2026-09-15"),  # not the visit's schedule
])
def test_a_schedule_or_a_stay_running_until_a_day_ends_the_visit(extract, closing, end):
    assert dates(first(extract(f"{ARRIVED} {closing}"), "visit")) == ("2026-09-15", end)
