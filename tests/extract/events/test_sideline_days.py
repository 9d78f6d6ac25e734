"""The day of talks held on the sidelines of a gathering of several days (session 18, dates): the day the
gathering opened is not the talks' day ('the forum, which opened on Tuesday'), and 'on the same day' after a
visitor's arrival to attend a forum counts from the main clause's day, not from the day the forum was lent.
Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates


def _meetings_with(record, name):
    return [e for e in record.events if e.kind == "meeting" and any(name in p for p in e.persons)]


def test_the_day_a_forum_opened_is_not_the_day_of_talks_on_its_sidelines(extract):
    record = extract("Baku, June 18 (AZERTAC). On the sidelines of the Baku Energy Week, which opened on Tuesday, "
                     "Azerbaijani Energy Minister Parviz Shahbazov met with Turkish Energy Minister Alparslan "
                     "Bayraktar.", published="2026-06-18")
    met = _meetings_with(record, "Bayraktar")
    assert met and dates(met[0])[0] == "2026-06-18"


@pytest.mark.parametrize(("text", "published", "name"), [
    # the main clause names its day
    ("BISHKEK, 14 May. President Sadyr Japarov on May 14 received Turkish Vice President Cevdet Yilmaz, who arrived "
     "in Bishkek on May 13 to attend the Eurasian Economic Forum. On the same day, on the sidelines of the forum, the "
     "President also met with Armenian Prime Minister Nikol Pashinyan.", "2026-05-14", "Pashinyan"),
    # the main clause names no day: the report's
    ("ASHGABAT, 20 May (TDH). President Serdar Berdimuhamedov received Georgian Prime Minister Irakli Kobakhidze, who "
     "arrived in Ashgabat on May 19 to take part in the Caspian transport forum. On the same day, on the sidelines of "
     "the forum, the head of state also met with Kazakh Prime Minister Olzhas Bektenov.", "2026-05-20", "Bektenov"),
])
def test_the_same_day_after_a_guests_arrival_is_the_receptions(extract, text, published, name):
    met = _meetings_with(extract(text, published=published), name)
    assert met and dates(met[0]) == (published, published)
