"""Several officials of one sentence take its one state (nationality.py).

"A bomb outside the Kenyan capital delayed President X and Prime Minister Y": the sentence names
one state and no official of it has a country yet, so both serve it. Not when two hold the same
post (two presidents serve two states) nor when they travel (the place is where they go).
"""

from __future__ import annotations

import pytest

from dateline.article import Article


def countries(extractor, text: str) -> dict[str, str | None]:
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return {a.name: a.country for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize(("text", "code"), [
    ("A roadside bomb outside the Kenyan capital, Nairobi, on Friday delayed President Daniel Mwangi "
     "and Prime Minister Ruth Otieno as they prepared to fly to Addis Ababa.", "KEN"),
    ("Heavy rain across Bolivia on Sunday kept President Marta Quispe and Interior Minister Jorge Mamani "
     "in the capital.", "BOL"),
])
def test_officials_of_different_posts_take_the_one_state_of_their_sentence(extractor, text, code):
    found = countries(extractor, text)
    assert set(found.values()) == {code}, found


def test_two_presidents_do_not_share_the_sentence_state(extractor):
    found = countries(extractor, "Officials in Lima said President Ana Rojas and President Luis Vera "
                                 "would meet on Monday.")
    assert found == {"Ana Rojas": None, "Luis Vera": None}
