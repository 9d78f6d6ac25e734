"""Places told by what they are ('the Swiss city of Geneva'): the name after "of", or the
demonym's country when the gazetteer does not know the name."""

from __future__ import annotations

import pytest

from dateline.extract.described_places import described_place


@pytest.mark.parametrize(("phrase", "name", "country"), [
    ("the Swiss city of Geneva", "Geneva", "CHE"),
    ("the Black Sea resort of Sochi", "Sochi", "RUS"),
    ("the Egyptian resort town of Sharm al-Sheikh", "Sharm al-Sheikh", "EGY"),
    ("the Spanish port city of Valencia", "Valencia", "ESP"),  # not Valencia in Venezuela
    ("the northern Iraqi city of Kirkuk", "Kirkuk", "IRQ"),
    ("the city of Lima", "Lima", "PER"),
])
def test_a_described_place(phrase, name, country):
    place = described_place(phrase)
    assert place is not None and (place.name, place.country) == (name, country)


@pytest.mark.parametrize("phrase", [
    "the opening session of the forum",
    "the town hall",
    "the Egyptian resort town",
    "the old town of Zzyzxqville",  # no demonym and no gazetteer entry: no country
])
def test_no_place_is_made_up(phrase):
    assert described_place(phrase) is None
