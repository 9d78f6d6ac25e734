"""An official whose sentence names no country serves the story's one country of the sentence
before, else after (nationality.py).

"Iraqi judges have begun questioning ... . The chief judge Omar Saleh said ...": Iraq. Nothing is
taken when the neighbour names two countries, when the official's own sentence names one, or
when the official travels.
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def _country(extractor, text: str, name: str) -> str | None:
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return next(a.country for a in record.actors if a.kind == "person" and a.name == name)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Iraqi judges have begun questioning two former ministers. The chief judge Omar Saleh said the "
     "hearings would last a month.", "Omar Saleh", "IRQ"),
    ("Oil Minister Karim Haddad confirmed he had resigned last week. Fuel prices in Iraq rose by half in "
     "March.", "Karim Haddad", "IRQ"),
    ("Turkey wants to end the dispute over the island. Deputy Prime Minister Kemal Aydin told reporters "
     "the group would try to find a solution.", "Kemal Aydin", "TUR"),
])
def test_the_story_country_of_a_neighbour_sentence(extractor, text, name, country):
    assert _country(extractor, text, name) == country


@pytest.mark.parametrize(("text", "name"), [
    ("Turkey and Greece want to end the dispute. Deputy Prime Minister Kemal Aydin told reporters the group "
     "would try to find a solution.", "Kemal Aydin"),
    ("Greece wants to end the dispute. Deputy Prime Minister Kemal Aydin will travel to Athens on Monday.",
     "Kemal Aydin"),
])
def test_no_country_when_the_neighbour_is_not_one_or_the_official_travels(extractor, text, name):
    assert _country(extractor, text, name) is None


def test_a_country_served_by_an_official_of_the_neighbour_is_taken(extractor):
    text = ("Turkish President Kemal Aydin met the envoy on Monday. Deputy Prime Minister Ali Demir said "
            "talks would go on.")
    assert _country(extractor, text, "Ali Demir") is None
