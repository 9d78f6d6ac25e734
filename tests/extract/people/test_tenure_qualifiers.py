"""Words of a holder's tenure stay in the title (people/phrases.py, people/appositions.py,
people_titles.yaml ``tenure_qualifiers``).

"outgoing" and "incoming" are kept as written ("outgoing President"), "ex-" and "then" are written
"former", before the name or in apposition after it; words that only say how the post was reached
("newly appointed", "visiting") are not part of it. The state is still the one the title names.
"""

from __future__ import annotations

from people_views import officials

from dateline.article import Article


def _officials(extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    return officials(extractor.extract(Article(text=text, id="t", published="2025-05-02")))


def test_outgoing_and_incoming_before_the_name(extractor):
    found = _officials(extractor, (
        "MONTEVIDEO, 2 May (EFE) -- Outgoing Uruguayan President Luis Lacalle Pou received Argentine "
        "Foreign Minister Gerardo Werthein on Friday. The incoming Prime Minister of Fiji Sitiveni Rabuka "
        "also attended."))
    assert found["Luis Lacalle Pou"][0].lower() == "outgoing president"
    assert found["Luis Lacalle Pou"][1] == "URY"
    assert found["Sitiveni Rabuka"] == ("incoming Prime Minister", "FJI")
    assert found["Gerardo Werthein"] == ("Foreign Minister", "ARG")


def test_outgoing_in_apposition(extractor):
    found = _officials(extractor, (
        "ASTANA, 2 May (Kazinform) -- Kazakh President Kassym-Jomart Tokayev met Dilnoza Rakhimova, "
        "the outgoing foreign minister of Tajikistan, in Astana on Friday."))
    assert found["Dilnoza Rakhimova"][0].lower() == "outgoing foreign minister"
    assert found["Dilnoza Rakhimova"][1] == "TJK"


def test_ex_and_then_are_former(extractor):
    found = _officials(extractor, (
        "BISHKEK, 2 May (Kabar) -- Kyrgyz President Sadyr Japarov met ex-President Nursultan Abenov of "
        "Kazakhstan and ex-Prime Minister of Armenia Karen Tadevosyan. The treaty had been signed in 2015 "
        "by then Prime Minister Temir Sariev."))
    assert found["Nursultan Abenov"][0] == "former President"
    assert found["Karen Tadevosyan"] == ("former Prime Minister", "ARM")
    assert found["Temir Sariev"][0] == "former Prime Minister"


def test_how_the_post_was_reached_is_no_part_of_it(extractor):
    found = _officials(extractor, (
        "LIMA, 2 May (Andina) -- President Jose Jeri received the newly appointed Ambassador of Japan "
        "Yasushi Kawai and visiting Chilean Foreign Minister Alberto Rojas."))
    assert found["Yasushi Kawai"] == ("Ambassador", "JPN")
    assert found["Alberto Rojas"] == ("Foreign Minister", "CHL")
