"""Talks set at a gathering take its place (events/settings.py, events/place.py): "On the sidelines,
X met Y" looks back to the gathering just told; "the meeting chaired by X in Y" is in Y."""

from __future__ import annotations

import pytest
from event_views import one

from dateline.article import Article


def test_bare_sidelines_take_the_place_of_the_gathering_told_before(extractor):
    text = ("ASHGABAT, Dec 5 (TDH) - A delegation led by Deputy Foreign Minister Vepa Hajiyev took part in the "
            "meeting of the Council of Foreign Ministers of the OSCE in Valletta. On the sidelines, Hajiyev "
            "met with the Maltese Foreign Minister Ian Borg.")
    record = extractor.extract(Article(text=text, id="t", published="2026-12-05"))
    meeting = one(record, "meeting")
    assert meeting.place is not None and meeting.place.country == "MLT"


def test_a_meeting_chaired_by_leaders_in_a_city_is_in_that_city(extractor):
    text = ("BAKU, Nov 18 (Trend) - Nine documents were signed following the meeting of the Supreme Interstate "
            "Council chaired by President Ilham Aliyev and President Kassym-Jomart Tokayev in Astana.")
    record = extractor.extract(Article(text=text, id="t", published="2026-11-18"))
    meeting = one(record, "meeting")
    assert meeting.place is not None and meeting.place.country == "KAZ"


@pytest.mark.parametrize(("sentence", "country"), [
    ("The ministers discussed the preparations for the summit of the Pacific Islands Forum, which Tonga "
     "will host in August.", "TON"),
    ("Both sides confirmed they would attend the Caspian Economic Forum, which Tehran will host in June.", "IRN"),
    ("Mongolia will host the regional conference on desertification in September.", "MNG"),
])
def test_a_gathering_the_text_says_a_place_will_host_is_there(extractor, sentence, country):
    text = "SUVA, March 3 (Fiji Sun) - Fijian Foreign Minister Lisiate Akolo met his Samoan counterpart. " + sentence
    record = extractor.extract(Article(text=text, id="t", published="2026-03-03"))
    gathering = one(record, "gathering")
    assert gathering.place is not None and gathering.place.country == country
