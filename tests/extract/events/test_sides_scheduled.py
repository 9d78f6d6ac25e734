"""Two sides scheduled to discuss hold talks (events/sides_talked.py)."""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize("text", [
    "Chinese President Hu Jintao and Brazilian President Luiz Inacio Lula da Silva are expected to discuss "
    "trade on Thursday.",
    "Thai Prime Minister Thaksin Shinawatra and Malaysian Prime Minister Abdullah Ahmad Badawi are due to "
    "discuss border security on Friday.",
])
def test_two_sides_scheduled_to_discuss_hold_talks(extractor, text):
    record = extractor.extract(Article(text=text, id="t"))
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1 and talks[0].status == "planned"


def test_two_sides_urged_to_discuss_hold_no_talks(extractor):
    text = ("The United Nations urged Thai Prime Minister Thaksin Shinawatra and Malaysian Prime Minister "
            "Abdullah Ahmad Badawi to discuss border security.")
    record = extractor.extract(Article(text=text, id="t"))
    assert not [e for e in record.events if e.kind == "meeting"]
