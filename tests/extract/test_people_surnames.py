"""A person told by surname alone (people/actors.py, coref.py, nationality.py, known.py).

"Mr. Assad" is Bashar al-Assad named before (the Arabic article dropped) and "Mr. Roed-Larsen" a
hyphenated surname; "Mr. Hu" or "Ms. Otunbayeva" with no full name in the copy serve the one state
the dictionary lists for that surname, when the document names that state.
"""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2025-04-07"))


def persons(record: Record) -> dict[str, str | None]:
    return {a.name: a.country for a in record.actors if a.kind == "person"}


def test_a_surname_without_its_arabic_article_is_the_person_named_before(extractor):
    record = run(extractor, "Iraqi President Jalal Talabani met Syrian President Bashar al-Assad in "
                            "Damascus on Sunday. An aide said Mr. Talabani and Mr. Assad spoke for three "
                            "hours about the border.")
    assert set(persons(record)) == {"Jalal Talabani", "Bashar al-Assad"}
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert len(meetings) == 1 and meetings[0].countries == ["IRQ", "SYR"]


def test_a_hyphenated_surname_is_the_person_named_before(extractor):
    record = run(extractor, "U.N. envoy Terje Roed-Larsen arrived in Beirut on Monday. Mr. Roed-Larsen "
                            "said the talks would continue.")
    assert set(persons(record)) == {"Terje Roed-Larsen"}


def test_a_surname_alone_takes_the_listed_state_the_document_names(extractor):
    record = run(extractor, "The two sides discussed a strategic partnership between China and South "
                            "Korea. Mr. Hu is scheduled to make a state visit to South Korea next month.")
    assert persons(record)["Hu"] == "CHN"
    visit = next(e for e in record.events if e.kind == "visit")
    assert visit.countries == ["CHN", "KOR"]


def test_a_surname_alone_stays_stateless_when_the_document_does_not_name_its_state(extractor):
    record = run(extractor, "Mr. Hu is scheduled to make a state visit to South Korea next month.")
    assert persons(record)["Hu"] is None
