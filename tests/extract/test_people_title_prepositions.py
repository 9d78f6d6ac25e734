"""A preposition that is also a title's modifier ("Under" of "Under Secretary") is the sentence's
word before any other title: "the villages under Prime Minister X's plan" -> "Prime Minister"
(people/phrases.py)."""

from __future__ import annotations

import pytest

from dateline.article import Article


def _title(extractor, text: str, name: str) -> str | None:
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return next(a.title for a in record.actors if a.kind == "person" and a.name == name)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Turkish troops finished leaving all 12 posts in the Afrin district under President Recep Tayyip "
     "Erdogan's plan to withdraw.", "Recep Tayyip Erdogan", "president"),
    ("The police left the villages under Prime Minister Kamal Nasser's new plan.", "Kamal Nasser", "prime minister"),
    ("The talks were led by under secretary of state Allison Hooker on Monday.", "Allison Hooker",
     "under secretary of state"),
])
def test_a_preposition_before_a_title_is_no_part_of_it(extractor, text, name, title):
    assert (_title(extractor, text, name) or "").lower() == title
