"""A title told alone names the official whose title says the same in other words
(extract/title_match.py): "the Mozambican foreign minister" is Mozambique's Minister of External
Relations; a title whose
adjective names a state no official of the text serves goes to the one holder whose state the
text left untold."""

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


def test_the_untold_state_of_a_delegation_head(extract):
    record = extract(
        "Astana /Kazinform/. Political consultations between the foreign ministries of Kazakhstan and Laos were "
        "held in Astana on May 5. The Kazakh delegation was headed by Deputy Minister of Foreign Affairs Alibek "
        "Bakayev, the Lao delegation, which is on a working visit to Kazakhstan, by Deputy Minister of Foreign "
        "Affairs Phoxay Khaykhamphithoune. The same day, the Lao Deputy Minister was received by Minister of "
        "Foreign Affairs of Kazakhstan Yermek Kosherbayev.")
    received = next(e for e in record.events if e.kind == "meeting" and e.trigger.text == "received")
    assert sorted(received.persons) == ["Phoxay Khaykhamphithoune", "Yermek Kosherbayev"]
    lao = next(a for a in record.actors if a.name == "Phoxay Khaykhamphithoune")
    assert lao.country == "LAO"
