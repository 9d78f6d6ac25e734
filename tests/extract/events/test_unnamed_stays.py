"""An official told by his post alone who is in another state visits it (events/presence.py:
unnamed_official, events/build.py).

"Britain's top defense official is in Afghanistan": the guide's visit is a person who travels to
another state, named or not (persons may be empty; his state still counts). An envoy at his post
("the U.S. ambassador is in Kabul") or an official at home tells no visit.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2026-02-12"


def _visits(record):
    return [(sorted(e.countries), e.place.country if e.place else None) for e in record.events if e.kind == "visit"]


@pytest.mark.parametrize(("text", "countries", "host"), [
    ("Britain's top defense official is in Afghanistan to discuss the role of NATO troops in the country.",
     ["AFG", "GBR"], "AFG"),
    ("Iran's chief nuclear negotiator is in India for talks with senior government officials.", ["IND", "IRN"], "IND"),
    ("Pakistan's army chief is in Washington for talks with Pentagon officials.", ["PAK", "USA"], "USA"),
])
def test_an_official_told_by_his_post_alone_visits(extract, text, countries, host):
    assert (countries, host) in _visits(extract(text))


@pytest.mark.parametrize("text", [
    "The U.S. ambassador is in Kabul, where he has served since May.",
    "France's president is in Paris for the ceremony.",
    "Chinese tourists are in Bali for the holiday.",
])
def test_an_envoy_at_his_post_an_official_at_home_or_tourists_visit_no_one(extract, text):
    assert _visits(extract(text)) == []
