"""Talks of an ambassador at his post, reported from his home capital, are in the capital he is
posted to (events/envoy_places.py); a landmark inside a longer venue phrase places talks
(events/place.py, events/held_after.py)."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def _places(record: Record) -> list[tuple[str | None, str | None]]:
    return [(e.place.name, e.place.country) if e.place is not None else (None, None)
            for e in record.events if e.kind == "meeting"]


def test_the_datelines_ambassador_meets_officials_at_his_post(extractor):
    text = ("KUWAIT, Nov 20 (KUNA) -- Kuwait's Ambassador to Jordan Hamad Al-Marri met with Jordanian Foreign "
            "Minister Ayman Safadi on Wednesday to discuss bilateral ties.")
    record = extractor.extract(Article(text=text, id="t", published="2025-11-20"))
    assert _places(record) == [("Amman", "JOR")], _places(record)


def test_an_ambassador_told_before_his_name_meets_at_his_post(extractor):
    text = ("BAKU, Azerbaijan, October 8. Azerbaijani Ambassador to Uzbekistan Bakhram Aliyev met with Uzbek "
            "Deputy Foreign Minister Gulnara Abdullaeva, Trend reports.")
    record = extractor.extract(Article(text=text, id="t", published="2025-10-08"))
    assert _places(record) and all(c == "UZB" for _, c in _places(record)), _places(record)


def test_a_landmark_inside_a_longer_venue_phrase(extractor):
    text = ("ASTANA, 14 November. President Kassym-Jomart Tokayev held talks with Russian President Vladimir "
            "Putin at the Grand Kremlin Palace on Thursday.")
    record = extractor.extract(Article(text=text, id="t", published="2025-11-14"))
    assert _places(record) and all(c == "RUS" for _, c in _places(record)), _places(record)
