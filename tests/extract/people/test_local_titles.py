"""A mayor's or governor's title keeps its city or province (people/title_info.py).

The GUIDE drops the name of the state an official serves from the title, but keeps the
institutional parts that are not the state's name: "Moscow Mayor", "Tokyo Governor" (the city is
a capital, still not the state); the state is the official's country. A demonym before the same
head is the state's and is dropped.
"""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("The former Moscow Mayor Ivan Petrov visited Minsk on Tuesday.", "Ivan Petrov", "former Moscow Mayor", "RUS"),
    ("Paris Mayor Claire Morel met Italian Prime Minister Marco Bellini in Rome on Monday.",
     "Claire Morel", "Paris Mayor", "FRA"),
    ("Tokyo Governor Yuki Sato met Seoul Mayor Park Jin-ho in Seoul on Friday.", "Yuki Sato",
     "Tokyo Governor", "JPN"),
    ("Tokyo Governor Yuki Sato met Seoul Mayor Park Jin-ho in Seoul on Friday.", "Park Jin-ho",
     "Seoul Mayor", "KOR"),
    ("Russian Governor Oleg Ivanov visited Beijing on Monday.", "Oleg Ivanov", "Governor", "RUS"),
    ("Former U.S. President Tom Hale visited Hanoi on Monday.", "Tom Hale", "Former President", "USA"),
])
def test_a_local_title_keeps_its_place(extractor, text, name, title, country):
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    person = next(a for a in record.actors if a.name == name)
    assert (person.title, person.country) == (title, country)
