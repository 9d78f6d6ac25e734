"""Where talks told with a journey are (events/place.py): the talks a journey is made for are where
it goes ('departed from Dushanbe for Brussels to hold talks'), talks a 'where' clause of a visit
places in a city are in that city, not in the visit's country; talks upon arrival are where the
traveller arrives."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Event, Record


def _talks(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "meeting"]


def test_talks_a_journey_is_made_for_are_at_its_destination(extractor):
    text = ("DUSHANBE, Dec 3 (Khovar) -- Tajik Foreign Minister Sirojiddin Muhriddin departed from Dushanbe for "
            "Brussels to hold talks with EU foreign policy chief Kaja Kallas.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.country == "BEL"


def test_talks_flown_to_are_at_the_destination_not_the_dateline(extractor):
    text = ("ANKARA, Dec 3 (AA) -- Turkish Defence Minister Yasar Guler flew to Baku on Wednesday to meet "
            "Azerbaijani Defence Minister Zakir Hasanov.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.name == "Baku"


def test_the_city_in_the_talks_own_clause_wins_over_the_visits_country(extractor):
    text = ("BAKU, Dec 3 (Trend) -- Azerbaijani Foreign Minister Jeyhun Bayramov will pay an official visit to "
            "Armenia next week, where he is scheduled to hold talks with Foreign Minister Ararat Mirzoyan in "
            "Yerevan.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.name == "Yerevan"
