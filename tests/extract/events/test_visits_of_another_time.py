"""A visit dated by its own words before the report's month is a trip of another time: it borrows no one
from today's talks or stay told before it (events/merge.py with sameness.of_another_time), and takes a head
of the host state only from its own sentence (events/hosts.py visit_host_persons)."""

from __future__ import annotations

from event_views import people

from dateline.article import Article

LEAD = ("HANOI, Nov 5 (VNA) - Vietnamese Prime Minister Pham Minh Chinh held talks in Hanoi on Thursday with Lao "
        "Prime Minister Sonexay Siphandone, who is on an official visit to Vietnam. ")


def _visits_of(record, year: str):
    return [e for e in record.events if e.kind == "visit" and e.date is not None
            and (e.date.start or "").startswith(year)]


def test_a_recalled_visit_borrows_no_one_from_today_s_stay(extractor):
    text = LEAD + "Pham Minh Chinh recalled the visit of Lao President Thongloun Sisoulith to Hanoi in 2023."
    record = extractor.extract(Article(text=text, id="t", published="2026-11-05"))
    recalled = _visits_of(record, "2023")
    assert recalled and all(people(record, e) == {"Thongloun Sisoulith"} for e in recalled)
    assert all(set(e.countries) == {"LAO", "VNM"} for e in recalled)


def test_a_recalled_visit_takes_no_head_named_in_the_next_sentence(extractor):
    text = ("HAVANA, Nov 3 (PL) - Cuban President Miguel Diaz-Canel received Vietnamese Prime Minister Pham Minh "
            "Chinh at the Palace of the Revolution on Tuesday. Diaz-Canel recalled his visit to Hanoi in September "
            "2023. Pham Minh Chinh, who arrived in Havana on Sunday, is on an official visit to Cuba until Thursday.")
    record = extractor.extract(Article(text=text, id="t", published="2026-11-03"))
    recalled = _visits_of(record, "2023")
    assert recalled and all(people(record, e) == {"Miguel Diaz-Canel"} for e in recalled)


def test_today_s_visit_keeps_its_host(extractor):
    text = LEAD + "Pham Minh Chinh recalled the visit of Lao President Thongloun Sisoulith to Hanoi in 2023."
    record = extractor.extract(Article(text=text, id="t", published="2026-11-05"))
    today = [e for e in record.events if e.kind == "visit" and e not in _visits_of(record, "2023")]
    assert today and any(people(record, e) == {"Sonexay Siphandone", "Pham Minh Chinh"} for e in today)
