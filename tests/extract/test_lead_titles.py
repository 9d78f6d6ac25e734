"""A lead whose subject is a title without a name, with its complement, and a next sentence whose
subject is the named person's act (dateline/extract/lead_titles.py).

"The head of Peru's parliament has offered ... . Jose Jeri voiced ...": Jeri heads Peru's
parliament. "Ecuador's president is calling ... . Daniel Noboa's call came ...": Noboa is Ecuador's
president.
"""

from __future__ import annotations

from dateline.article import Article


def _official(extractor, text: str, name: str) -> tuple[str | None, str | None]:
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return next(((a.title or "").lower() or None, a.country) for a in record.actors
                if a.kind == "person" and a.name == name)


def test_a_lead_title_with_its_complement(extractor):
    text = ("The head of Peru's parliament has offered to support Bolivia in its fight for sea access. Jose Jeri "
            "voiced solidarity Thursday in a meeting with the visiting speaker of Bolivia's congress.")
    title, country = _official(extractor, text, "Jose Jeri")
    assert title is not None and title.startswith("head of") and country == "PER"


def test_a_lead_title_reaches_the_owner_of_the_next_subject(extractor):
    text = ("Ecuador's president is calling on his supporters to take to the streets to protest the new law. "
            "Daniel Noboa's call came Wednesday in his first public comments since the vote.")
    assert _official(extractor, text, "Daniel Noboa") == ("president", "ECU")


def test_an_object_of_the_next_sentence_takes_no_lead_title(extractor):
    text = ("Ecuador's president is calling on his supporters to take to the streets. Police arrested "
            "Carlos Vera, a local trader, on Wednesday.")
    assert _official(extractor, text, "Carlos Vera")[0] is None


def test_a_rebel_group_in_the_complement_gives_no_title(extractor):
    text = ("The leader of Sudan's main southern rebel group has called for new talks. John Deng said Monday "
            "the fighters would lay down their arms.")
    assert _official(extractor, text, "John Deng") == (None, None)
