"""An official who urges, pledges or warns in a place of another state stays there (events/passing.py:
spoken_stays, ``stay_speech_verbs``).

"In Hanoi, visiting Japanese Foreign Minister Taro Aso urged Vietnamese officials to ...": the scene
the sentence is set in is where the speaker is, as with "said" or "told reporters"; an envoy at his
post, or an official at home, tells no visit.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2026-03-05"


def _visits(record):
    return [(sorted(e.countries), e.place.country if e.place else None) for e in record.events if e.kind == "visit"]


@pytest.mark.parametrize(("text", "countries", "host"), [
    ("In Hanoi, visiting Japanese Foreign Minister Taro Aso urged Vietnamese officials to speed up reforms.",
     ["JPN", "VNM"], "VNM"),
    ("In Peru on Thursday, U.S. Secretary of State Hillary Clinton pledged continued support for the fight "
     "against drug trafficking.", ["PER", "USA"], "PER"),
])
def test_urging_or_pledging_in_a_foreign_place_is_a_stay_there(extract, text, countries, host):
    assert (countries, host) in _visits(extract(text))


@pytest.mark.parametrize("text", [
    "In Washington, Iraqi Ambassador Samir Sumaidaie urged Americans to be patient.",
    "In Washington, Secretary of State Condoleezza Rice warned Iran against enriching uranium.",
])
def test_an_envoy_at_his_post_or_an_official_at_home_stays_nowhere(extract, text):
    assert _visits(extract(text)) == []
