"""Visits told only by their talks (issue 14 items 1 and 7; events/abroad.py).

"X met with Y in New Delhi" is X's stay in India even when no word says "visit"; talks held in a
third country, by an organisation's envoy posted there or at a gathering in that state are not.
"""

from __future__ import annotations

import pytest
from event_views import people

from dateline.record import Event, Record

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


def visits(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "visit"]


@pytest.mark.parametrize(("text", "countries", "guest", "host", "status"), [
    ("Indian External Affairs Minister Subrahmanyam Jaishankar met with Sri Lankan President Anura Kumara "
     "Dissanayake in Colombo on Tuesday and discussed energy trade.", ["IND", "LKA"], "Subrahmanyam Jaishankar",
     "Anura Kumara Dissanayake", "occurred"),
    ("Chilean Foreign Minister Alberto van Klaveren held talks with Peruvian President Dina Boluarte in Lima "
     "on Monday.", ["CHL", "PER"], "Alberto van Klaveren", "Dina Boluarte", "occurred"),
    ("Turkish President Recep Tayyip Erdogan is expected to meet with Hungarian Prime Minister Viktor Orban in "
     "Budapest next week.", ["HUN", "TUR"], "Recep Tayyip Erdogan", "Viktor Orban", "planned"),
])
def test_talks_with_the_host_in_the_hosts_city_tell_a_visit(extract, text, countries, guest, host, status):
    record = extract(text)
    (visit,) = visits(record)
    assert visit.countries == countries
    assert {guest, host} <= people(record, visit)
    assert visit.status == status
    assert [e.kind for e in record.events].count("meeting") == 1


def test_a_visit_told_with_its_talks_is_not_told_twice(extract):
    record = extract("Kenyan Foreign Minister Musalia Mudavadi arrived in Kampala on Monday. Mudavadi met with "
                     "Ugandan President Yoweri Museveni in Kampala on Tuesday.")
    assert len(visits(record)) == 1


@pytest.mark.parametrize("text", [
    # as equals, in a third country (as equals in one's own city: test_abroad_sides.py)
    "Russian President Vladimir Putin and Mongolian President Ukhnaagiin Khurelsukh met in Astana on Tuesday.",
    # in a third country
    "Serbian President Aleksandar Vucic met with Hungarian Prime Minister Viktor Orban in Vienna on Tuesday.",
    # an organisation's envoy posted to that state: his talks are the talks (one who travels: test_igo_visitors.py)
    "U.N. envoy to Yemen Hans Grundberg met with Yemeni President Rashad al-Alimi in Aden on Tuesday.",
    # at a gathering in that state: the guide's travel to a multilateral meeting is no visit
    "Malaysian Prime Minister Anwar Ibrahim met with Lao Prime Minister Sonexay Siphandone in Vientiane on "
    "Tuesday on the sidelines of the ASEAN summit held in Vientiane.",
])
def test_talks_that_tell_no_visit(extract, text):
    record = extract(text)
    assert visits(record) == [], [(e.kind, e.countries) for e in record.events]


@pytest.mark.parametrize(("text", "countries", "city"), [
    # the talks' city is told by a second mention of the same talks
    ("Japanese Foreign Minister Takeshi Iwaya has met with Kenyan President William Ruto for talks on trade. "
     "The two met in the Kenyan coastal city of Mombasa on Sunday.", ["JPN", "KEN"], "Mombasa"),
    ("Brazilian Foreign Minister Mauro Vieira has met with Ghanaian President John Mahama to discuss cocoa "
     "prices. The two met in the Ghanaian port city of Takoradi on Tuesday, officials said.", ["BRA", "GHA"],
     "Takoradi"),
])
def test_talks_placed_by_their_second_mention_tell_a_visit(extract, text, countries, city):
    record = extract(text)
    (visit,) = visits(record)
    assert visit.countries == countries
    assert visit.place is not None and visit.place.name == city
