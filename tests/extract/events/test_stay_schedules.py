"""A visit's last day told by its schedule (session 14, dates): 'The programme of the visit runs until
Friday', and 'His stay runs until 5 September', which the parser reads as one noun ('stay runs'),
end the visit that began on a known day (events/spans.py). Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates, first

PUBLISHED = "2026-09-16"


@pytest.mark.parametrize("closing", [
    "The programme of the visit runs until 18 September.",
    "His stay runs until 18 September.",
    "The program of his stay runs until 18 September and includes a trip to the Minsk Tractor Works.",
])
def test_a_schedule_or_a_stay_running_until_a_day_ends_the_visit(extract, closing):
    record = extract("MINSK, 16 September (BelTA) - Belarusian Prime Minister Aleksandr Turchin held talks with Vice "
                     "President of Ghana James Opoku-Agyemang on 16 September. The Ghanaian Vice President arrived in "
                     f"Minsk on an official visit on 15 September. {closing}")
    assert dates(first(record, "visit")) == ("2026-09-15", "2026-09-18")


def test_a_schedule_of_other_talks_does_not_end_the_visit(extract):
    record = extract("MINSK, 16 September (BelTA) - Belarusian Prime Minister Aleksandr Turchin held talks with Vice "
                     "President of Ghana James Opoku-Agyemang on 16 September. The Ghanaian Vice President arrived in "
                     "Minsk on an official visit on 15 September. The exhibition of tractors runs until 18 September.")
    assert dates(first(record, "visit")) == ("2026-09-15", "2026-09-15")
