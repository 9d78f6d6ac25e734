"""Words of a post are no person ("Ambassadors Extraordinary and Plenipotentiary", "the Council of the
Nation", "His Majesty" alone); a two-word field closes a minister's post ("the Blue Economy"); a
state's name ending in s owns a title with a bare apostrophe ("Seychelles' Minister")."""

from __future__ import annotations

import pytest

from dateline.article import Article


def _persons(extractor, text):
    record = extractor.extract(Article(text=text, id="t", published="2026-06-03"))
    return {a.name: a for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("NAIROBI, Nov 12 (KNA) - Kenya's Cabinet Secretary for Mining Hassan Joho held talks with Seychelles' "
     "Minister for Fisheries and the Blue Economy, Jean-Francois Ferrari, on Wednesday.", "Jean-Francois Ferrari",
     "Minister for Fisheries and the Blue Economy", "SYC"),
    ("ALGIERS, Nov 12 (APS) - The guest was welcomed at the airport by the Chairman of the Council of the Nation, "
     "Azouz Nasri, and the Speaker of the People's National Assembly, Ibrahim Boughali.", "Azouz Nasri",
     "Chairman of the Council of the Nation", "DZA"),
])
def test_posts_and_their_states(extractor, text, name, title, country):
    persons = _persons(extractor, text)
    assert name in persons, sorted(persons)
    assert (persons[name].title, persons[name].country) == (title, country)
    assert "Nation" not in persons


@pytest.mark.parametrize("text", [
    "ULAANBAATAR, Nov 12 (Montsame) - President Ukhnaagiin Khurelsukh received the letters of credence from the "
    "newly appointed Ambassadors Extraordinary and Plenipotentiary of Japan and Hungary.",
    "MUSCAT, Nov 12 (ONA) - His Majesty the Sultan received the Indonesian President at Al Alam Palace. "
    "His Majesty accepted the invitation to visit Jakarta.",
])
def test_words_of_a_post_are_no_person(extractor, text):
    persons = _persons(extractor, text)
    assert not {"Extraordinary", "Plenipotentiary", "Majesty"} & set(persons), sorted(persons)
