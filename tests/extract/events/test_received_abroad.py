"""A guest from the dateline's state received by a foreign host is received in the host's state
(events/received_abroad.py); the venues of the region's agency copy resolve to their city
(lexicons/landmarks.yaml, extract/landmarks.py)."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.extract.landmarks import resolve_landmark


def _meeting_countries(extractor, text: str, published: str) -> list[str | None]:
    record = extractor.extract(Article(text=text, id="t", published=published))
    return [e.place.country if e.place is not None else None for e in record.events if e.kind == "meeting"]


def test_a_minister_received_by_a_foreign_president_is_in_the_presidents_state(extractor):
    countries = _meeting_countries(extractor, "ASTANA, 18 November. Kazakh Foreign Minister Murat Nurtleu was "
                                   "received by the President of Mongolia Ukhnaagiin Khurelsukh on Tuesday.",
                                   "2025-11-18")
    assert countries == ["MNG"], countries


def test_a_foreign_crown_prince_receiving_the_datelines_minister(extractor):
    countries = _meeting_countries(extractor, "KUWAIT, Oct 14 (KUNA) -- Bahrain's Crown Prince and Prime Minister "
                                   "Prince Salman bin Hamad Al Khalifa received Kuwait's Minister of Interior "
                                   "Sheikh Fahad Yousef Al-Sabah on Tuesday.", "2025-10-14")
    assert countries and all(c == "BHR" for c in countries), countries


@pytest.mark.parametrize(("phrase", "country"), [
    ("at the Oqsaroy residence", "UZB"),
    ("at the Ruhyyet Palace", "TKM"),
    ("at Istana Merdeka", "IDN"),
    ("at the Tauride Palace", "RUS"),
    ("at Mushrif Palace", "ARE"),
])
def test_the_regions_venues_resolve_to_their_state(phrase: str, country: str) -> None:
    place = resolve_landmark(phrase)
    assert place is not None and place.country == country, place
