"""An organisation's headquarters (igo_seats in event_words.yaml; events/place.py): a visit to the
organisation with no city is to its seat, and a report datelined at the seat tells of talks there."""

from __future__ import annotations

import pytest
from event_views import one

from dateline.article import Article
from dateline.extract.events.place import seat_of


@pytest.mark.parametrize(("code", "city", "country"), [
    ("EU", "Brussels", "BEL"), ("AU", "Addis Ababa", "ETH"), ("OSCE", "Vienna", "AUT"),
    ("ASEAN", "Jakarta", "IDN"), ("G20", None, None),
])
def test_seats(code, city, country):
    seat = seat_of(code)
    assert (seat.name if seat else None, seat.country if seat else None) == (city, country)


def test_talks_with_an_organisation_reported_from_its_seat_are_there(extractor):
    text = ("ADDIS ABABA, June 3 (ENA) - Chadian Foreign Minister Abderaman Koulamallah met the Chairperson of "
            "the African Union Commission Mahmoud Ali Youssouf on Tuesday.")
    record = extractor.extract(Article(text=text, id="t", published="2026-06-03"))
    meeting = one(record, "meeting")
    assert meeting.place is not None and meeting.place.country == "ETH"


def test_a_visit_reported_from_the_visitors_capital_is_not_placed_there(extractor):
    text = ("BAKU, June 3 (Trend) - Azerbaijani Foreign Minister Jeyhun Bayramov is on a working visit to the "
            "OSCE. He met Secretary General Feridun Sinirlioglu.")
    record = extractor.extract(Article(text=text, id="t", published="2026-06-03"))
    visit = one(record, "visit")
    assert visit.place is None or visit.place.country != "AZE"

