"""A title told alone names the official whose title says the same in other words
(extract/title_match.py): "the Mozambican foreign minister" is Mozambique's Minister of External
Relations."""

from __future__ import annotations

from dateline.extract.title_match import holds_title

PUBLISHED = "2026-05-06"


def test_minister_titles_in_other_words():
    assert holds_title("Foreign Minister", "Minister of External Relations")
    assert holds_title("Defence Minister", "Minister of National Defence")
    assert holds_title("Foreign Minister", "Deputy Prime Minister and Minister of Foreign Affairs")
    assert not holds_title("Foreign Minister", "Deputy Minister of Foreign Affairs")
    assert not holds_title("Foreign Minister", "Minister of Energy")


def test_the_foreign_minister_is_the_minister_of_external_relations(extract):
    record = extract(
        "HAVANA, May 5 (Prensa Latina) Cuban President Miguel Diaz-Canel received on Monday the Minister of "
        "External Relations of Mozambique, Maria Manuela Lucas, who is on an official visit to the island. "
        "On Tuesday, the Mozambican foreign minister held official talks with her Cuban counterpart, Bruno "
        "Rodriguez, at the Ministry of Foreign Affairs.")
    talks = next(e for e in record.events if e.kind == "meeting" and e.trigger.text == "talks")
    assert sorted(talks.persons) == ["Bruno Rodriguez", "Maria Manuela Lucas"]
