"""Name spans next to words that are titles elsewhere (name_spans.py, name_words.yaml).

"Sultan" right after another title opens the name ("General Sultan Hashim", "Minister of Industry
Sultan Haddad"); elsewhere it is the title ("Oman's Sultan Haitham"). "Premier League" is a
competition, not a premier and a person called League.
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def _persons(extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("Mongolia's former defense minister, General Sultan Batbayar, attended the ceremony.",
     "Sultan Batbayar", "Former defense minister", "MNG"),
    ("General Sultan Batbayar met Chinese President Xi Jinping in Beijing on Monday.", "Sultan Batbayar",
     "General", None),
    ("Minister of Industry Sultan Al Haddad met the Kazakh delegation in Abu Dhabi.", "Sultan Al Haddad",
     "Minister of Industry", None),
    ("Oman's Sultan Haitham bin Tarik received the Iranian foreign minister in Muscat.", "Haitham bin Tarik",
     "Sultan", "OMN"),
])
def test_sultan_after_a_title_is_a_given_name(extractor, text, name, title, country):
    persons = _persons(extractor, text)
    assert persons[name][0] == title
    if country:
        assert persons[name][1] == country


def test_a_league_is_no_person(extractor):
    persons = _persons(extractor, "Premier League club Arsenal signed Norwegian striker Erik Olsen on Monday.")
    assert "League" not in persons and not any(title for title, _ in persons.values())
