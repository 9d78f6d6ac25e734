"""A company's trip is no visit between states (events/company_visits.py)."""

from __future__ import annotations

import pytest
from event_views import one

PUBLISHED = "2025-05-14"


@pytest.mark.parametrize("text", [
    "A delegation of Qatar Airways visited Kigali International Airport on Monday.",
    "A delegation of the Chinese company CEFC visited Tashkent last week.",
    "Executives of Turkish Airlines paid a visit to Baku on Monday.",
])
def test_a_company_delegation_makes_no_visit(extract, text):
    record = extract(text)
    assert not [e for e in record.events if e.kind == "visit"], [(e.kind, e.countries) for e in record.events]


@pytest.mark.parametrize(("text", "countries"), [
    ("A delegation of the Chinese Ministry of Commerce visited Tashkent last week.", ["CHN", "UZB"]),
    ("A Turkish trade delegation visited Baku on Monday.", ["AZE", "TUR"]),
])
def test_a_state_delegation_still_visits(extract, text, countries):
    assert one(extract(text), "visit").countries == countries


def test_an_agency_report_keeps_the_state_visit_and_drops_the_airlines(extract):
    record = extract(
        "DOHA, 8 May (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad Al-Thani met with President of the "
        "Republic of Rwanda Paul Kagame at the Amiri Diwan on Wednesday morning.\n\nDuring the meeting, they "
        "reviewed bilateral relations and ways to enhance them in investment, aviation and sports.\n\n"
        "President Kagame arrived in Doha on Tuesday on an official visit to the country.\n\nA delegation of "
        "Qatar Airways visited Kigali International Airport last month to study a stake in the new airport.",
        published="2025-05-08")
    visit = one(record, "visit")
    assert visit.countries == ["QAT", "RWA"]
    assert visit.place is not None and visit.place.name == "Doha"
    assert one(record, "meeting").countries == ["QAT", "RWA"]
