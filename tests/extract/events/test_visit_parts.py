"""Parts of a visit told after it are that visit (issue 14 item 7): a site the guest "visited" during
the visit is no visit of its own, a journey inside the host state told in the visit's frame ("During
the visit, X will visit Sao Paulo") is the visit (events/retold.py framed_parts), and "X's visit to Y
ended on Wednesday" tells the end of the visit told by the arrival.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-15"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize("text", [
    "Kyrgyz Foreign Minister Zheenbek Kulubaev arrived in Astana on Monday. During the visit, Kulubaev visited "
    "the National Museum of Kazakhstan.",
    "Mongolian Prime Minister Luvsannamsrai Oyun-Erdene arrived in Seoul on Tuesday. During his visit, he also "
    "visited a shipyard in Ulsan.",
    "Ghanaian President John Mahama arrived in Brasilia on Monday. During the visit, Mahama visited the "
    "Embrapa research centre.",
])
def test_a_site_visited_during_the_visit_is_part_of_it(extract, text):
    found = [e for e in extract(text).events if e.kind == "visit"]
    assert len(found) == 1, [(e.countries, e.trigger.text) for e in found]
    assert found[0].trigger.text == "arrived"


@pytest.mark.parametrize("text", [
    "Ghanaian President John Mahama arrived in Brasilia on Monday. During the visit, Mahama will visit Sao Paulo.",
    "Hungarian Foreign Minister Peter Szijjarto arrived in Baku on Monday. During the visit, Szijjarto will "
    "travel to Ganja.",
    "Indian Prime Minister Narendra Modi arrived in Tokyo on Friday. During his visit, Modi will also visit "
    "Osaka.",
])
def test_a_journey_inside_the_host_state_during_the_visit_is_the_visit(extract, text):
    found = [e for e in extract(text).events if e.kind == "visit"]
    assert [(e.trigger.text, e.status) for e in found] == [("arrived", "occurred")]


def test_another_state_visited_during_a_visit_is_a_visit(extract):
    record = extract("During his visit to Japan, Indonesian President Prabowo Subianto also visited South Korea.")
    assert sorted(e.place.country for e in record.events if e.kind == "visit" and e.place) == ["JPN", "KOR"]


@pytest.mark.parametrize("text", [
    "BAKU, May 15 - Hungarian Foreign Minister Peter Szijjarto arrived in Baku on Monday. On Tuesday, Szijjarto "
    "held talks with Azerbaijani Foreign Minister Jeyhun Bayramov. Szijjarto's visit to Azerbaijan ended on "
    "Wednesday.",
    "Kenyan President William Ruto arrived in Accra on Monday. Ruto's visit to Ghana ended on Wednesday.",
])
def test_the_end_of_a_visit_told_after_its_arrival_is_the_same_visit(extract, text):
    found = [e for e in extract(text).events if e.kind == "visit"]
    assert len(found) == 1, [(e.countries, e.trigger.text, e.date) for e in found]
    assert found[0].date is not None and found[0].date.start == "2025-05-12"


@pytest.mark.parametrize(("text", "countries"), [
    ("Indian External Affairs Minister Subrahmanyam Jaishankar arrived in Nairobi on Monday. It is his first "
     "visit to the country since 2016.", ["IND", "KEN"]),
    ("Vietnamese Foreign Minister Bui Thanh Son arrived in Santiago on Tuesday. It is his first visit to the "
     "country since 2019.", ["CHL", "VNM"]),
])
def test_a_past_visit_to_the_country_told_before_is_hosted_by_it(extract, text, countries):
    past = [e for e in extract(text).events if e.kind == "visit" and e.date and len(e.date.start) == 4]
    assert [e.countries for e in past] == [countries]
