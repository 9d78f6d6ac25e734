"""A person told later by the given name alone ('Samia' for Samia Suluhu Hassan) is the person
named in full, not a second person (dateline/extract/people/actors.py)."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2025-10-14"))


def persons(record: Record) -> list[str]:
    return [a.name for a in record.actors if a.kind == "person"]


def test_a_given_name_alone_is_the_person_of_three_names(extractor):
    record = run(extractor, "Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan at "
                            "State House in Nairobi on Monday. Ruto and Samia later discussed the East African "
                            "Community's budget.")
    assert sorted(persons(record)) == ["Samia Suluhu Hassan", "William Ruto"]


def test_a_given_name_of_a_two_word_name_is_not_read_so(extractor):
    record = run(extractor, "Malawian President Peter Mutharika met Zambian President Hakainde Hichilema in "
                            "Lusaka. Peter Banda, a farmer, said the border was open.")
    assert "Peter Banda" in persons(record) and "Peter Mutharika" in persons(record)
