"""Places named by a landmark or by a country's capital (issue 14, item 9; sentences written here)."""

from __future__ import annotations

import pytest
import yaml

from dateline.article import Article
from dateline.extract.landmarks import (
    capital_of,
    find_landmarks,
    landmark_entries,
    resolve_landmark,
)
from dateline.extract.places import lookup_place
from dateline.extract.ruler import ruler_patterns


@pytest.mark.parametrize(("phrase", "city", "country"), [
    ("at Downing Street", "London", "GBR"),
    ("at 10 Downing Street", "London", "GBR"),
    ("at the Casa Rosada", "Buenos Aires", "ARG"),
    ("at Bellevue Palace", "Berlin", "DEU"),
    ("at Schloss Bellevue", "Berlin", "DEU"),
    ("at the Quirinal", "Rome", "ITA"),
    ("at the Élysée Palace", "Paris", "FRA"),
    ("inside the Kremlin", "Moscow", "RUS"),
    ("at the White House", "Washington", "USA"),
    ("at the San Martín Palace", "Buenos Aires", "ARG"),
    ("in the Mongolian capital of Ulaanbaatar", "Ulan Bator", "MNG"),
    ("in the Uzbek capital Tashkent", "Tashkent", "UZB"),
    ("the Kazakh capital, Astana", "Astana", "KAZ"),
    ("the Egyptian capital", "Cairo", "EGY"),
    ("in the South Korean capital", "Seoul", "KOR"),
    ("the capital of Peru", "Lima", "PER"),
    ("the capital city of Mongolia", "Ulan Bator", "MNG"),
    ("Kenya's capital", "Nairobi", "KEN"),
    ("the ministers met at Bellevue Palace on Monday", "Berlin", "DEU"),
])
def test_a_landmark_or_a_capital_resolves_to_its_city(phrase: str, city: str, country: str) -> None:
    place = resolve_landmark(phrase)
    assert place is not None and (place.name, place.country) == (city, country)
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize("phrase", ["in the capital", "the Foreign Ministry", "at the Presidential Palace",
                                    "at the State House", "", "Monday"])
def test_a_phrase_without_a_known_landmark_resolves_to_nothing(phrase: str) -> None:
    assert resolve_landmark(phrase) is None


def test_capital_of_a_country_and_a_city_state() -> None:
    assert (capital_of("EGY").name, capital_of("EGY").country) == ("Cairo", "EGY")  # type: ignore[union-attr]
    assert capital_of("SGP") is not None and capital_of("SGP").country == "SGP"  # type: ignore[union-attr]
    assert capital_of("XXX") is None


def test_lookup_place_reads_landmarks_before_city_alternate_names() -> None:
    # GeoNames lists "White House" among Casablanca's alternate names.
    place = lookup_place("White House")
    assert place is not None and (place.name, place.country) == ("Washington", "USA")
    assert lookup_place("Casa Rosada").name == "Buenos Aires"  # type: ignore[union-attr]
    assert lookup_place("Baku").name == "Baku"  # type: ignore[union-attr]


def test_find_landmarks_gives_spans() -> None:
    text = "Talks at the Casa Rosada were followed by a dinner at Bellevue Palace."
    found = [(text[s:e], p.name) for s, e, p in find_landmarks(text)]
    assert found == [("Casa Rosada", "Buenos Aires"), ("Bellevue Palace", "Berlin")]


def test_landmark_list_is_well_formed() -> None:
    from pathlib import Path

    rows = yaml.safe_load((Path(__file__).resolve().parents[2] / "dateline/lexicons/landmarks.yaml")
                          .read_text(encoding="utf-8"))["landmarks"]
    spellings = [s.lower() for r in rows for s in [r["name"], *(r.get("aliases") or [])]]
    assert len(spellings) == len(set(spellings)), "a spelling names two landmarks"
    for entry in landmark_entries():
        assert entry.place.country and len(entry.place.country) == 3


def test_the_ruler_tags_landmarks_but_not_legislatures(extractor) -> None:
    exact, _ = ruler_patterns(extractor.nlp)
    fac = {p["pattern"] for p in exact if p["label"] == "FAC"}
    assert {"San Martin Palace", "Bellevue Palace", "Quirinal"} <= fac
    assert "Knesset" not in fac


@pytest.mark.parametrize(("text", "city", "country", "people"), [
    ("Argentine President Javier Milei received Uruguayan President Yamandu Orsi at the Casa Rosada "
     "on Monday.", "Buenos Aires", "ARG", {"Javier Milei", "Yamandu Orsi"}),
    ("German President Frank-Walter Steinmeier hosted Ghanaian President John Mahama at Bellevue Palace "
     "on Tuesday.", "Berlin", "DEU", {"Frank-Walter Steinmeier", "John Mahama"}),
])
def test_an_engagement_at_a_landmark_takes_its_city(extractor, text: str, city: str, country: str,
                                                    people: set[str]) -> None:
    record = extractor.extract(Article(text=text, id="t", published="2025-03-03"))
    persons = {a.name for a in record.actors if a.kind == "person"}
    assert people <= persons  # a landmark never becomes or swallows a person
    meetings = [e for e in record.events if e.kind in {"meeting", "visit"}]
    assert meetings and meetings[0].place is not None
    assert (meetings[0].place.name, meetings[0].place.country) == (city, country)


@pytest.mark.parametrize(("text", "absent"), [
    ("The attack came soon after he arrived at the islet, one of the coral islands of the Indian Ocean nation.",
     "IND"),
    ("Navies of several states patrol the Gulf of Oman and the waters beyond.", "OMN"),
    ("The talks covered the denuclearisation of the Korean Peninsula and fishing in the East China Sea.",
     "KOR"),
])
def test_a_feature_named_by_a_state_is_no_mention_of_it(extractor, text, absent):
    record = extractor.extract(Article(text=text, id="t", published="2026-05-05"))
    assert absent not in {a.country for a in record.actors}
