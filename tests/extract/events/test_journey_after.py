"""Talks told in an 'after' phrase of a journey are not held at the journey's end
(dateline/extract/events/departures.py journey_after, read by events/place.py and events/story.py)."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2026-02-09"))


def talks(record: Record) -> list:
    return [e for e in record.events if e.kind == "meeting"]


def test_talks_before_the_journey_are_not_at_its_end(extractor):
    record = run(extractor, "After holding talks with Egyptian President Abdel Fattah El-Sisi on Tuesday, Jordan's "
                            "King Abdullah II will travel to Saudi Arabia.")
    found = [e for e in talks(record) if "EGY" in e.countries]
    assert found and all(e.place is None or e.place.country != "SAU" for e in found)


def test_following_talks_the_minister_flew_on(extractor):
    record = run(extractor, "Following talks with Omani Foreign Minister Badr Albusaidi, Iranian Foreign Minister "
                            "Abbas Araghchi flew to Doha on Sunday.")
    found = [e for e in talks(record) if "OMN" in e.countries]
    assert found and all(e.place is None or e.place.country != "QAT" for e in found)


def test_a_journey_made_for_talks_still_places_them(extractor):
    record = run(extractor, "Jordan's King Abdullah II will travel to Riyadh on Wednesday to hold talks with Saudi "
                            "Crown Prince Mohammed bin Salman.")
    found = talks(record)
    assert found and found[0].place is not None and found[0].place.country == "SAU"
