"""A pronoun agrees in sex with the person it stands for when an honorific marks it
(extract/coref_pronouns.py): "Ms. Rice ... before meeting with Prime Minister X. She meets Y" is
Rice, not X; "he" never stands for a woman so marked."""

from __future__ import annotations

from dateline.article import Article


def _record(extractor, text: str):
    return extractor.extract(Article(text=text, id="t", published="2025-10-14"))


def _persons(record, event) -> set[str]:
    ids = {*event.participants, *event.source, *event.recipient}
    return {a.name for a in record.actors if a.id in ids and a.kind == "person"}


def _said_by(record, text: str, word: str, nth: int = 0) -> set[str]:
    at = [i for i in range(len(text)) if text.startswith(word, i)][nth]
    return {a.name for a in record.actors if a.kind == "person" and any(s in {at, at + 1} for s, _ in a.mentions)}


def test_she_is_the_woman_named_before_not_the_last_man(extractor):
    text = ("Ms. Okafor arrived in Nairobi on Sunday. The Nigerian minister is to address students later Sunday "
            "before meeting with Prime Minister Daniel Mwangi. She meets with Ugandan President Moses Kato on "
            "Monday in Kampala.")
    assert _said_by(_record(extractor, text), text, "She") == {"Okafor"}


def test_he_is_not_the_woman_so_marked(extractor):
    text = ("Mrs. Okafor was welcomed in Nairobi on Sunday by Prime Minister Daniel Mwangi. Afterwards he flew "
            "to Kampala for talks with Ugandan President Moses Kato.")
    assert _said_by(_record(extractor, text), text, " he", 0) <= {"Daniel Mwangi"}
