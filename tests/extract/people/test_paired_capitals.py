"""Capitals paired by 'between' on a document, talks or relations stand for their states
(extract/people/actors.py, ``_paired_sides``): "the accord signed between Ankara and Baghdad" names
Turkey and Iraq, both; a route ("flights between Moscow and Baku") names places, no state."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-12"


def _states(record) -> set[str]:
    return {a.country for a in record.actors if a.kind == "country"}


@pytest.mark.parametrize(("text", "states"), [
    ("The accord signed between Ankara and Baghdad in 2009 covers the sharing of the Tigris waters.",
     {"IRQ", "TUR"}),
    ("Officials said the agreement reached last month between Tokyo and Seoul would be reviewed in June.",
     {"JPN", "KOR"}),
    ("Talks between Baku and Yerevan on the peace treaty resumed in Washington on Monday.", {"ARM", "AZE"}),
])
def test_capitals_paired_on_a_document_or_talks_are_the_states(extract, text, states):
    record = extract(text)
    assert _states(record) == states
    engagements = [e for e in record.events if e.kind in {"agreement", "meeting"}]
    assert engagements and all(len(set(e.countries) & states) >= 2 for e in engagements)


def test_capitals_on_a_route_are_places(extract):
    record = extract("Flights between Moscow and Baku resumed on Monday after a two-week pause.")
    assert "RUS" not in _states(record)


@pytest.mark.parametrize(("text", "states"), [
    ("Border guards patrol the long Kyrgyz-Chinese frontier under a 1996 accord signed by Moscow and Beijing.",
     {"CHN", "RUS"}),
    ("The pipeline deal was struck by Ankara and Baghdad in 1973 and expires next year.", {"IRQ", "TUR"}),
])
def test_capitals_that_sign_a_document_are_its_states(extract, text, states):
    record = extract(text)
    agreement = next(e for e in record.events if e.kind == "agreement")
    assert set(agreement.countries) == states
