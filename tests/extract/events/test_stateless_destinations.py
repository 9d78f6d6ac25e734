"""A visit to a part of a state, or to no state, is no visit between states (events/domestic.py):
"visited flood-hit areas of Sindh province", "a tour of the northern provinces", "trips to the
continent". A site abroad ("a textile factory in Sao Paulo") and a state keep the visit."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-14"  # the extract fixture's default (tests/conftest.py)


@pytest.mark.parametrize("text", [
    "Pakistani Prime Minister Shehbaz Sharif visited flood-hit areas of Sindh province on Saturday.",
    "Kenyan President William Ruto made a tour of the northern counties last week.",
    "Nigerian President Bola Tinubu visited a refugee camp near Maiduguri on Thursday.",
    "The Indian president will visit the earthquake-hit region next week, his office said.",
])
def test_a_visit_to_a_region_of_a_state_is_not_a_state_visit(extract, text):
    assert [e.kind for e in extract(text).events if e.kind == "visit"] == []


@pytest.mark.parametrize(("text", "home"), [
    ("Uruguayan President Yamandu Orsi visited a textile factory in Sao Paulo on Friday.", "URY"),
    ("Kenyan President William Ruto visited Ghana on Friday.", "KEN"),
    ("Japanese Prime Minister Shigeru Ishiba visited a car plant near Bangkok on Monday.", "JPN"),
])
def test_a_site_or_a_state_abroad_keeps_the_visit(extract, text, home):
    found = [e for e in extract(text).events if e.kind == "visit"]
    assert len(found) == 1 and home in found[0].countries
