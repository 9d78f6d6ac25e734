"""A lead whose subject is a title without a name ("Kenya's foreign minister says ...") gives the
title to the untitled subject of the next sentence, even when the lead names another person
elsewhere (dateline/extract/coref.py, _lead_title)."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Record


def run(extractor, text: str) -> Record:
    return extractor.extract(Article(text=text, id="t", published="2025-10-14"))


def officials(record: Record) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: ((a.title or "").lower() or None, a.country) for a in record.actors if a.kind == "person"}


def test_a_lead_title_reaches_the_next_subject_past_another_name(extractor):
    record = run(extractor, "Kenya's foreign minister says he is convinced that new African Union chairman "
                            "Mahmoud Ali Youssouf will support the peace plan. Musalia Mudavadi spoke to reporters "
                            "Sunday after meeting the AU chairman in Addis Ababa.")
    found = officials(record)
    assert found["Musalia Mudavadi"] == ("foreign minister", "KEN")
    assert found["Mahmoud Ali Youssouf"][0] == "chairman"


def test_a_named_subject_keeps_the_lead_to_itself(extractor):
    record = run(extractor, "Kenyan Foreign Minister Musalia Mudavadi says the talks went well. Peter Otieno, "
                            "a local trader, said prices had risen.")
    assert officials(record)["Peter Otieno"] == (None, None)
