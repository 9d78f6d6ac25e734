"""A relative clause that tells talks of its own keeps its place to itself
(dateline/extract/events/held_elsewhere.py talks_told_aside)."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2026-10-16"))


def test_the_place_of_a_recalled_meeting_is_not_the_main_clause_talks(extractor):
    record = run(extractor, "RIGA - Estonian Prime Minister Kristen Michal met with his Finnish counterpart Petteri "
                            "Orpo in Riga on Thursday. The two prime ministers, who last met at the EU summit in "
                            "Brussels in June, held talks with Latvian Prime Minister Evika Silina.")
    talks = [e for e in record.events if e.kind in {"meeting", "multilateral"} and "LVA" in e.countries
             and "BEL" not in e.countries]
    assert talks and all(e.place is None or e.place.country != "BEL" for e in talks)
    recalled = [e for e in record.events if e.kind == "meeting" and e.date and e.date.start == "2026-06"]
    assert recalled and recalled[0].place is not None and recalled[0].place.country == "BEL"


def test_a_stay_told_in_a_relative_clause_still_places_the_talks(extractor):
    record = run(extractor, "Kyrgyz Foreign Minister Jeenbek Kulubaev, who arrived in Baku on Monday, held talks "
                            "with his Azerbaijani counterpart Jeyhun Bayramov on Tuesday.")
    talks = [e for e in record.events if e.kind == "meeting"]
    assert talks and talks[0].place is not None and talks[0].place.country == "AZE"
