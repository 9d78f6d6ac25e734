"""A gerund's act added to a clause by 'besides', 'apart from', 'in addition to' is told as the clause is
(dateline/extract/events/adding_phrases.py, read by events/clause.py is_planned)."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2026-04-06"))


def talks(record: Record) -> list:
    return [e for e in record.events if e.kind == "meeting"]


def test_talks_added_to_a_scheduled_clause_are_planned_and_in_the_visit(extractor):
    record = run(extractor, "Brazilian President Luiz Inacio Lula da Silva begins a three-day state visit to Ghana "
                            "on Tuesday. Besides holding talks with Ghanaian President John Mahama, Lula is scheduled "
                            "to open a cocoa research centre in Kumasi.")
    found = talks(record)
    assert found and found[0].status == "planned"
    assert found[0].place is not None and found[0].place.country == "GHA"


def test_a_meeting_added_to_an_expected_visit_is_dated_by_it(extractor):
    record = run(extractor, "In addition to meeting Thai Prime Minister Anutin Charnvirakul, Malaysian Prime Minister "
                            "Anwar Ibrahim is expected to tour a rubber plantation during his visit to Thailand next "
                            "week.")
    found = talks(record)
    assert found and found[0].status == "planned"
    assert found[0].date is not None and found[0].date.start >= "2026-04-13"


def test_talks_added_to_a_past_clause_happened(extractor):
    record = run(extractor, "Apart from holding talks with Ghanaian President John Mahama, the visiting Brazilian "
                            "President Luiz Inacio Lula da Silva addressed the parliament in Accra on Monday.")
    found = talks(record)
    assert found and found[0].status == "occurred"
