"""Talks a journey under way is for are planned (events/journeys.py)."""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize("text", [
    "SEOUL - South Korean President Roh Moo-hyun is on his way to Washington for talks Friday with President Bush.",
    "ANKARA - Turkish Foreign Minister Hakan Fidan is heading to Moscow for talks with Russian Foreign Minister "
    "Sergei Lavrov, the ministry said.",
])
def test_talks_a_journey_under_way_is_for_are_planned(extractor, text):
    record = extractor.extract(Article(text=text, id="t"))
    talks = [e for e in record.events if e.kind == "meeting"]
    assert talks and all(e.status == "planned" for e in talks)


def test_talks_a_finished_journey_was_for_keep_their_tense(extractor):
    text = ("ANKARA - Turkish Foreign Minister Hakan Fidan arrived in Moscow on Monday for talks with Russian "
            "Foreign Minister Sergei Lavrov.")
    record = extractor.extract(Article(text=text, id="t", published="2026-03-10"))
    assert [e.status for e in record.events if e.kind == "meeting"] == ["occurred"]


def test_the_trip_on_its_way_is_under_way(extractor):
    text = "OTTAWA - President Bush is on his way to Canada for a two-day trip, his first to the country."
    record = extractor.extract(Article(text=text, id="t"))
    assert [e.status for e in record.events if e.kind == "visit"] == ["occurred"]


def test_the_visit_told_by_talks_on_the_way_is_under_way(extractor):
    text = "SEOUL - South Korean President Roh Moo-hyun is on his way to Washington for talks Friday with President Bush."
    record = extractor.extract(Article(text=text, id="t"))
    assert [e.status for e in record.events if e.kind == "visit"] == ["occurred"]
    assert [e.status for e in record.events if e.kind == "meeting"] == ["planned"]
