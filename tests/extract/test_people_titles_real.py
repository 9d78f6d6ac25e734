"""Officials in real copy: titles the lexicon must know and surnames told before the state.

"White House Counsel X" is an official (titles.yaml) and keeps "White House" in the title; "Cho" before "Foreign Minister Cho Hyun"
gets his state later and is still the same person (a listed family name written first).
"""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2025-10-14"))


def test_a_counsel_is_an_official(extractor):
    record = run(extractor, "The president nominated White House Counsel Maria Lentz to the Supreme Court "
                            "on Monday.")
    person = next(a for a in record.actors if a.name == "Maria Lentz")
    # The seat of government stays in the title (GUIDE: institutional parts that are not the
    # state's name stay in); the state is still the official's.
    assert person.title == "White House Counsel" and person.country == "USA"


def test_a_family_name_told_alone_is_the_person_named_in_full(extractor):
    record = run(extractor, "South Korea will be represented by Foreign Minister Cho Hyun. Before that, "
                            "Japanese Foreign Minister Kenji Sato will pay a two-day visit to Seoul from "
                            "Thursday and hold talks with Cho on Friday.")
    persons = [a.name for a in record.actors if a.kind == "person"]
    assert "Cho" not in persons and "Cho Hyun" in persons
    talks = next(e for e in record.events if e.kind == "meeting")
    assert talks.countries == ["JPN", "KOR"]
    assert {record.actor(a).name for a in talks.participants if record.actor(a).kind == "person"} == {
        "Kenji Sato", "Cho Hyun"}
