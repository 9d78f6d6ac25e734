"""Talks a trip is for, told again in detail, are one set of talks (events/sameness.py, journeys.py)."""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize("text", [
    "Indonesian President Susilo Bambang Yudhoyono arrived in Seoul on Sunday for talks on trade. "
    "Mr. Yudhoyono is scheduled to meet South Korean President Lee Myung-bak on Monday.",
    "Chilean Foreign Minister Alejandro Foxley is in Lima for talks on the maritime dispute. "
    "He will meet with Peruvian Foreign Minister Jose Garcia Belaunde later this week.",
])
def test_talks_a_trip_is_for_and_the_meeting_told_after_are_one(extractor, text):
    record = extractor.extract(Article(text=text, id="t"))
    talks = [e for e in record.events if e.kind == "meeting"]
    assert len(talks) == 1
    assert talks[0].status == "planned"  # as the detailed mention tells it


def test_a_meeting_told_as_another_one_stays_apart(extractor):
    text = ("Indonesian President Susilo Bambang Yudhoyono arrived in Seoul on Sunday for talks with South Korean "
            "President Lee Myung-bak. The two leaders will meet again in Jakarta next year.")
    record = extractor.extract(Article(text=text, id="t"))
    assert len([e for e in record.events if e.kind == "meeting"]) == 2


def test_talks_only_called_for_are_no_trip(extractor):
    from dateline.extract.events.journeys import trip_purpose
    doc = extractor.nlp("The opposition called for talks with the government.")
    talks = next(t for t in doc if t.lower_ == "talks")
    assert not trip_purpose(talks)
    doc = extractor.nlp("The minister arrived in Seoul for talks with his counterpart.")
    assert trip_purpose(next(t for t in doc if t.lower_ == "talks"))
