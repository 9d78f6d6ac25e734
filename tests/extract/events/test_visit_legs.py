"""A visit's days and places told around it in agency copy: a stay told only in a relative clause on
a name the tagger left untyped, the onward leg that ends a stay ("... and travels on Thursday to X",
"..., before returning to Y") or goes on with it (a trip to another city of the host state is no visit
of its own), the day a trailing tag's news gives the stay (events/legs.py, dating.news_day), the place
on the sides of recalled talks, a city of several words that hosts, an occasion named by its own head
that "runs until" a day (events/spans.py), the visitor an of-phrase names (events/visitors_of.py)."""

from __future__ import annotations

import pytest
from event_views import dates, one

DAYS = [  # (text, published, kind, first and last day)
    ("JAKARTA, June 9 (Antara) - Malaysian Foreign Minister Mohamad Hasan is in Jakarta on an official visit and "
     "flies on Thursday to Surabaya, where he will tour the port.", "2026-06-09", "visit", ("2026-06-09", "2026-06-11")),
    ("DOHA, March 4 (QNA) - On Thursday, the Rwandan Minister of Foreign Affairs is scheduled to address a business "
     "forum in Doha, before returning to Kigali. Olivier Nduhungirehe arrived in Doha on Tuesday on an official "
     "visit to Qatar.", "2026-03-04", "visit", ("2026-03-03", "2026-03-05")),
    ("Uzbekistan and Malaysia hold talks\n\nTashkent, UzA. Talks between the foreign ministers of Uzbekistan and "
     "Malaysia were held in Tashkent on November 17, the Ministry of Foreign Affairs of Uzbekistan reports. The "
     "Malaysian delegation, which is on an official visit to Uzbekistan, was headed by Foreign Minister Mohamad "
     "Hasan.", "2026-11-18", "visit", ("2026-11-17", "2026-11-17")),
    ("TASHKENT, 9 June (UzA). Tashkent International Investment Week, which runs until June 12, opened on Tuesday "
     "with the participation of ministers from 30 countries.", "2026-06-09", "gathering", ("2026-06-09", "2026-06-12")),
]


@pytest.mark.parametrize(("text", "published", "kind", "days"), DAYS)
def test_the_days_told_around_a_stay_or_an_occasion(extract, text, published, kind, days):
    event = one(extract(text, published=published), kind)
    assert event.status == "occurred"
    assert dates(event) == days


PLACES = [  # (text, published, kind, place name, its country)
    ("TASHKENT, 3 February (UzA). Uzbek Foreign Minister Bakhtiyor Saidov and Kazakh Foreign Minister Yermek "
     "Kosherbayev reviewed the implementation of the agreements reached during the talks of the two presidents in "
     "Astana in March 2025.", "2026-02-03", "meeting", "Astana", "KAZ"),
    ("HANOI, May 11 (VNA) - Vietnam will present 40 investment projects at the Mekong Economic Forum, which Ho Chi "
     "Minh City will host on 22-23 September.", "2026-05-11", "gathering", "Ho Chi Minh City", "VNM"),
    ("TASHKENT, 14 May (UzA). The state visit of President of Tajikistan Emomali Rahmon to Uzbekistan will continue "
     "in Samarkand on Friday.", "2026-05-14", "visit", "Samarkand", "UZB"),
]


@pytest.mark.parametrize(("text", "published", "kind", "name", "country"), PLACES)
def test_the_place_told_around_an_engagement(extract, text, published, kind, name, country):
    event = one(extract(text, published=published), kind)
    assert event.place is not None and (event.place.name, event.place.country) == (name, country)


def test_a_stay_told_only_in_the_relative_clause_is_a_visit(extract):
    record = extract("ASTANA, 12 March (Kazinform) -- President of Kazakhstan Kassym-Jomart Tokayev, who is on a "
                     "state visit to Kyrgyzstan, toured the Ala-Too Square on Thursday together with President "
                     "Sadyr Japarov.", published="2026-03-12")
    assert one(record, "visit").countries == ["KAZ", "KGZ"]


def test_a_trip_to_another_city_of_the_host_state_is_a_leg_of_the_visit(extract):
    record = extract("BEIJING, July 21 (Xinhua) - Chinese President Xi Jinping held talks with Kyrgyz President "
                     "Sadyr Japarov in Beijing on Tuesday. Japarov arrived in Beijing on Monday on a state visit "
                     "to China. On Wednesday, he is scheduled to open a trade exhibition in Beijing and then travel "
                     "to Guangzhou, where he will visit a technology park.", published="2026-07-21")
    visits = [e for e in record.events if e.kind == "visit"]
    assert len(visits) == 1, [(v.place, dates(v)) for v in visits]
    assert visits[0].place is not None and visits[0].place.name == "Beijing"
    assert dates(visits[0]) == ("2026-07-20", "2026-07-22")
