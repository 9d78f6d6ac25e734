"""A dateline that prints its year ("ABU DHABI, 4th December, 2025 (WAM)", "Riyadh, December 04,
2025, SPA") gives the day its "today" means, however far the page's stamp is from it (a copy
republished or re-stamped weeks later). Without a year the dateline's day is taken only within
a week of the stamp. Sentences written for these tests (session 13)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "ABU DHABI, 4th December, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan "
    "today received Prime Minister of Greece Kyriakos Mitsotakis at Qasr Al Shati.",
    "Riyadh, December 04, 2025, SPA -- Saudi Minister of Foreign Affairs Prince Faisal bin Farhan received "
    "Pakistani Foreign Minister Ishaq Dar at the ministry today.",
])
def test_a_dateline_with_its_year_dates_today_however_late_the_stamp(extract, text):
    record = extract(text, published="2026-01-20")
    assert record.published == "2026-01-20"  # the page's stamp stays the publication date
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert meetings and meetings[0].date is not None and meetings[0].date.start == "2025-12-04"


def test_a_dateline_without_a_year_far_from_the_stamp_is_not_taken(extract):
    record = extract("DOHA, Dec 4 (QNA) - Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani met today "
                     "with Egyptian Foreign Minister Badr Abdelatty.", published="2026-01-20")
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert meetings and meetings[0].date is not None and meetings[0].date.start == "2026-01-20"
