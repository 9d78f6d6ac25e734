"""A "visiting" guest's visit takes the days a relative clause on the guest tells it again with.

Each text is written for this test in the style of a state agency's report.
"""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Event, Record


def _visit(record: Record) -> Event:
    found = [e for e in record.events if e.kind == "visit"]
    assert len(found) == 1, [(e.kind, e.trigger.text, e.date) for e in record.events]
    return found[0]


def test_a_state_visit_told_with_its_days_in_the_guests_clause(extractor):
    record = extractor.extract(Article(id="t", published="2026-05-20", text=(
        "Hanoi, May 20 (Mekong Wire) -- General Secretary To Lam on Wednesday met with visiting Lao President "
        "Thongloun Sisoulith, who is on a state visit to Vietnam from May 18 to 21.")))
    visit = _visit(record)
    assert visit.date is not None and (visit.date.start, visit.date.end) == ("2026-05-18", "2026-05-21")


def test_an_arrival_told_in_the_guests_clause_opens_the_stay(extractor):
    record = extractor.extract(Article(id="t", published="2026-05-20", text=(
        "Kuwait City, May 20 (Gulf Desk) -- His Highness the Amir received at Bayan Palace today the visiting "
        "Omani Foreign Minister Badr Albusaidi, who arrived in the country yesterday on a two-day visit.")))
    visit = _visit(record)
    assert visit.date is not None and visit.date.start == "2026-05-19"


def test_a_visiting_guest_with_no_days_told_keeps_the_reports_day(extractor):
    record = extractor.extract(Article(id="t", published="2026-05-20", text=(
        "Hanoi, May 20 (Mekong Wire) -- General Secretary To Lam on Wednesday met with visiting Lao President "
        "Thongloun Sisoulith, who praised the two countries' special relations.")))
    visit = _visit(record)
    assert visit.date is not None and visit.date.start == "2026-05-20"
