"""A title word that is also a given name, after a personal style (name_spans.py ``_given_name``).

"H.E. Dr. Sultan Al Jaber, UAE Minister of Industry," is Sultan Al Jaber, a minister; after a
monarch's style ("His Majesty Sultan Haitham bin Tarik") the word is the title.
"""

from __future__ import annotations

from dateline.article import Article


def _officials(extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    record = extractor.extract(Article(text=text, id="t", published="2025-11-20"))
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


def test_a_given_name_after_personal_styles(extractor):
    found = _officials(extractor, (
        "ABU DHABI, 20 Nov (WAM) -- H.E. Dr. Sultan Al Mansoori, UAE Minister of Industry, met the visiting "
        "Kazakh delegation on Thursday."))
    assert found["Sultan Al Mansoori"] == ("Minister of Industry", "ARE")


def test_the_title_after_a_monarchs_style(extractor):
    found = _officials(extractor, (
        "MUSCAT, 20 Nov (ONA) -- His Majesty Sultan Haitham bin Tarik received the visiting Iranian Foreign "
        "Minister at Al Alam Palace on Thursday."))
    assert found["Haitham bin Tarik"] == ("Sultan", "OMN")
