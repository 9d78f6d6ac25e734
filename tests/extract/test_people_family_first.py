"""A name written family name first is told later by its family name alone (names.family_name_first).

"President Lin Wei-ming ... President Lin": a two-word name whose second word is a hyphenated
given name ("Shui-bian", "Ki-moon", "Young-sam") is family name first, so "Lin" is the same
person, not a second president, even before the text tells the state.
"""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.extract.names import family_name_first


@pytest.mark.parametrize(("name", "first"), [
    ("Lin Wei-ming", True), ("Park Ji-hoon", True), ("Karine Jean-Pierre", False),
    ("Bashar al-Assad", False), ("Terje Roed-Larsen", False), ("Lin Wei ming", False),
])
def test_family_name_first(name, first):
    assert family_name_first(name) is first


def test_the_family_name_alone_is_the_same_person(extractor):
    text = ("President Lin Wei-ming's Democratic Progressive Party is ahead in the count. "
            "President Lin is hoping his coalition will win a majority.")
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    assert [a.name for a in record.actors if a.kind == "person"] == ["Lin Wei-ming"]
