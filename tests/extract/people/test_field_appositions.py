"""A title told after the name whose apposition opens with the ministry's field ("X, the defense
minister of France,", "X, the oil and gas minister,"): the field and the head are the title, the
state the "of X" phrase or the story's (people/appositions.py)."""

from __future__ import annotations

import pytest
from people_views import officials

from dateline.article import Article


def _extract(extractor, text: str):
    return extractor.extract(Article(text=text, id="t", published="2025-06-03"))


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("TASHKENT, 3 June (UzA). Uzbek Foreign Minister Bakhtiyor Saidov held talks with Lars Aagaard, the "
     "energy minister of Denmark, in Tashkent.", "Lars Aagaard", "Energy minister", "DNK"),
    ("ASTANA, 3 June. Prime Minister Olzhas Bektenov received Tomas Vrana, the trade minister of the Czech "
     "Republic, at the Government House.", "Tomas Vrana", "Trade minister", "CZE"),
    ("DOHA, June 3 (QNA) - HE Minister of State Mohammed Al Khulaifi met with Ana Rojas, the interior "
     "minister of Chile, on the sidelines of the forum.", "Ana Rojas", "Interior minister", "CHL"),
    ("ANKARA, June 3 (AA) - Tomasz Siemoniak, the defence minister of Poland, arrived in Ankara on Tuesday "
     "for talks on drones.", "Tomasz Siemoniak", "Defence minister", "POL"),
])
def test_a_field_and_a_head_after_the_name(extractor, text, name, title, country):
    assert officials(_extract(extractor, text))[name] == (title, country)


def test_a_field_word_with_no_title_head_is_no_title(extractor):
    record = _extract(extractor, "ASTANA, 3 June. Prime Minister Olzhas Bektenov received Dana Weller, the energy "
                                 "analyst of the Brussels institute, at the Government House.")
    assert "Dana Weller" not in officials(record) or officials(record)["Dana Weller"][0] is None


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("BEIJING, Dec 5 (Xinhua) -- Xi Jinping, general secretary of the Communist Party of China Central "
     "Committee and Chinese president, held talks with visiting Mongolian President Ukhnaagiin Khurelsukh.",
     "Xi Jinping", "President", "CHN"),
    ("HANOI, Dec 5 (VNA) - Nguyen Van Hung, general secretary of the Communist Party of Vietnam Central Committee "
     "and Vietnamese president, received the Cuban Ambassador on Friday.", "Nguyen Van Hung", "President", "VNM"),
])
def test_the_state_post_after_a_party_post(extractor, text, name, title, country):
    """A party's post is no public position (GUIDE): the state's post after 'and' is the title."""
    assert officials(_extract(extractor, text))[name] == (title, country)


def test_no_state_post_after_the_party_post_ends_the_phrase_at_and(extractor):
    """With no capitalised or state-named post after 'and', the phrase ends there, as before."""
    record = _extract(extractor, "HANOI, Dec 5 (VNA) - Nguyen Van Nen, secretary of the Communist Party of "
                                 "Vietnam Committee of Hanoi and chairman of the city People's Council, received a "
                                 "Lao delegation.")
    title = officials(record)["Nguyen Van Nen"][0]
    assert title is not None and "and chairman" not in title
