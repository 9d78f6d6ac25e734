"""Talks set at an organisation's gathering the text places nowhere are not placed at the report's
dateline (events/settings.py, ``unplaced_settings``)."""

from __future__ import annotations

from dateline.article import Article


def _meeting_places(text: str, published: str, extractor) -> list:
    record = extractor.extract(Article(text=text, id="t", published=published))
    return [e.place for e in record.events if e.kind == "meeting"]


def test_sidelines_of_an_unplaced_alliance_summit_are_not_the_datelines(extractor):
    places = _meeting_places("ANKARA, Nov 27 (AA) -- Turkish Foreign Minister Hakan Fidan met with his Hungarian "
                             "counterpart Peter Szijjarto on the sidelines of the NATO summit on Wednesday.",
                             "2025-11-27", extractor)
    assert places and all(p is None for p in places), places


def test_margins_of_an_unplaced_summit_are_not_the_datelines(extractor):
    places = _meeting_places("CAIRO, July 7 (MENA) -- Egyptian Prime Minister Mostafa Madbouly met with Chinese "
                             "Premier Li Qiang on the margins of the BRICS summit on Sunday.", "2025-07-07", extractor)
    assert places and all(p is None for p in places), places
