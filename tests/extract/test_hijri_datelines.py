"""A Gulf agency's dateline with the Hijri date before the Gregorian one ("Jeddah, Rajab 4, 1448, Dec 14,
2026, SPA --"): the Hijri date is skipped (``hijri_months`` in header_words.yaml), the place, the
Gregorian date and the outlet are read; the report's talks take the dateline's city."""

from __future__ import annotations

import pytest

from dateline.extract.header import find_dateline


@pytest.mark.parametrize(("text", "place", "country", "day", "month"), [
    ("Riyadh, Ramadan 15, 1447 H, March 5, 2026, SPA -- The Crown Prince received the Prime Minister of "
     "Pakistan.", "Riyadh", "SAU", 5, 3),
    ("Makkah, Dhu al-Hijjah 9, 1447, May 26, 2026, SPA -- The Minister of Hajj met a delegation from Indonesia.",
     "Makkah", "SAU", 26, 5),
    ("Dammam, Sha'ban 2, 1447 AH, January 21, 2026, SPA -- The Governor of the Eastern Province received the "
     "Ambassador of Japan.", "Dammam", "SAU", 21, 1),
])
def test_the_hijri_date_before_the_gregorian_one_is_skipped(text, place, country, day, month):
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.country, found.day, found.month, found.outlet) == (place, country, day, month, "SPA")


def test_the_report_s_talks_take_the_hijri_datelines_city(extract):
    record = extract("Riyadh, Ramadan 15, 1447 H, March 5, 2026, SPA -- His Royal Highness the Crown Prince "
                     "received the Prime Minister of Pakistan Shehbaz Sharif at Al-Yamamah Palace today and held "
                     "talks with him.", published="2026-03-05")
    talks = [e for e in record.events if e.kind == "meeting"]
    assert talks and all(e.place is not None and e.place.country == "SAU" for e in talks)
    assert record.dateline is not None and record.dateline.place == "Riyadh"
