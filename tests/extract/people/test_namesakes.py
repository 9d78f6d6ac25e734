"""Two persons with one name (people/actors.py): "Saudi Arabia's King Abdullah" and "Jordan's King
Abdullah" in one report are two officials, each with the state the title gives; a mention with
no state of its own goes to the latest person of that name.
"""

from __future__ import annotations

from dateline.article import Article


def test_namesakes_of_two_states_are_two_persons(extractor):
    text = ("Turkish President Kemal Aydin held talks with Saudi Arabia's King Abdullah in Riyadh on Sunday. "
            "King Abdullah praised the visit. Mr. Aydin will travel to Amman on Tuesday for talks with "
            "Jordan's King Abdullah.")
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    kings = sorted((a.country, a.title) for a in record.actors if a.kind == "person" and a.name == "Abdullah")
    assert kings == [("JOR", "King"), ("SAU", "King")]


def test_one_person_named_twice_stays_one(extractor):
    text = ("Kazakh President Nurlan Abenov met Uzbek President Aziz Karimov in Tashkent on Monday. "
            "Kazakhstan's President Nurlan Abenov also laid a wreath.")
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    assert [a.country for a in record.actors if a.kind == "person" and a.name == "Nurlan Abenov"] == ["KAZ"]
