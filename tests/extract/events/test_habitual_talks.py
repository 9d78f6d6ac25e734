"""Talks told with an adverb of frequency are a habit, no sitting (events/non_engagements.py)."""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize("text", [
    "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev regularly meet to discuss "
    "water sharing.",
    "Chinese President Hu Jintao will meet regularly with Russian President Vladimir Putin, officials said.",
])
def test_talks_told_as_a_habit_are_no_meeting(extractor, text):
    record = extractor.extract(Article(text=text, id="t"))
    assert not [e for e in record.events if e.kind in {"meeting", "multilateral"}]


def test_talks_told_once_stay(extractor):
    text = "Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev in Tashkent on Friday."
    record = extractor.extract(Article(text=text, id="t"))
    assert [e.kind for e in record.events if e.kind == "meeting"] == ["meeting"]
