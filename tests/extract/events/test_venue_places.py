"""Talks at a venue named without its city, or held remotely (events/place.py): a landmark the tagger reads as an
organisation ("at the State Department") is its city; the headquarters or secretariat of an
organisation ("at NATO headquarters", "at the OTS Secretariat", "at the headquarters of the OSCE")
is its seat; neither gives way to the dateline of a report filed at home."""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize(("text", "city", "country"), [
    ("TASHKENT, Dec 3 (UzA) -- Foreign Minister of Uzbekistan Bakhtiyor Saidov met with US Secretary of "
     "State Marco Rubio at the State Department on Tuesday.", "Washington", "USA"),
    ("MINSK, Dec 3 (BelTA) -- Belarusian Foreign Minister Maxim Ryzhenkov met with NATO Secretary General "
     "Mark Rutte at NATO headquarters.", "Brussels", "BEL"),
    ("BAKU, Dec 3 (Trend) -- Azerbaijani Foreign Minister Jeyhun Bayramov met with the Secretary General of "
     "the Organization of Turkic States Kubanychbek Omuraliev at the OTS Secretariat.", "Istanbul", "TUR"),
    ("ASTANA, Dec 3 (Kazinform) -- Kazakh Deputy Foreign Minister Alibek Bakayev held consultations with "
     "OSCE Secretary General Feridun Sinirlioglu at the headquarters of the OSCE on Tuesday.", "Vienna", "AUT"),
])
def test_talks_at_a_venue_abroad_are_in_its_city(extractor, text, city, country):
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1, [(e.kind, e.trigger.text) for e in record.events]
    assert talks[0].place is not None and (talks[0].place.name, talks[0].place.country) == (city, country)


def test_a_ministry_of_the_host_is_not_an_organisations_seat(extractor):
    text = ("BAKU, Dec 3 (Trend) -- Azerbaijani Deputy Foreign Minister Elnur Mammadov received the Ambassador "
            "of Japan Terutaka Mori at the ministry's headquarters on Tuesday.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.country == "AZE"


@pytest.mark.parametrize("text", [
    "TASHKENT, Dec 3 (UzA) -- The meeting of the Council of Foreign Ministers of the Organization of Turkic "
    "States was held online on Wednesday under the chairmanship of Uzbekistan.",
    "ASTANA, Dec 3 (Kazinform) -- The meeting of the Council of Foreign Ministers of the Commonwealth of "
    "Independent States was held in video format on Wednesday under the chairmanship of Kazakhstan.",
])
def test_a_meeting_held_remotely_has_no_place_not_even_the_datelines(extractor, text):
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    held = [e for e in record.events if e.kind in {"multilateral", "gathering"}]
    assert len(held) == 1, [(e.kind, e.trigger.text) for e in record.events]
    assert held[0].place is None


def test_a_meeting_held_in_the_dateline_city_keeps_it(extractor):
    text = ("ASTANA, Dec 3 (Kazinform) -- The meeting of the Council of Foreign Ministers of the Commonwealth of "
            "Independent States was held in Astana on Wednesday under the chairmanship of Kazakhstan.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    held = [e for e in record.events if e.kind in {"multilateral", "gathering"}]
    assert len(held) == 1 and held[0].place is not None and held[0].place.country == "KAZ"
