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


@pytest.mark.parametrize("text", [
    "WASHINGTON - President Bush spends Sunday in Moscow. He then flies to Georgia, where he will meet President "
    "Mikheil Saakashvili.",
    "WASHINGTON - Secretary of State Condoleezza Rice heads to the region today to inspect relief work in Sri Lanka.",
    "WASHINGTON - A senior State Department envoy is travelling to Bolivia and Paraguay to discuss trade with "
    "government officials.",
])
def test_a_departure_told_in_the_present_puts_the_stay_ahead(extractor, text):
    record = extractor.extract(Article(text=text, id="t"))
    visits = [e for e in record.events if e.kind == "visit"]
    assert visits and all(e.status == "planned" for e in visits)


def test_an_arrival_told_in_the_present_is_under_way(extractor):
    text = "MOSCOW - Venezuelan President Hugo Chavez arrives in Moscow for talks with President Vladimir Putin."
    record = extractor.extract(Article(text=text, id="t"))
    assert [e.status for e in record.events if e.kind == "visit"] == ["occurred"]


def test_a_move_to_a_province_during_a_stay_is_no_trip_ahead(extractor):
    text = ("WASHINGTON - Mexican President Vicente Fox is on a four-day visit to the United States. On Tuesday, he "
            "told an audience in Utah that a border fence is not the answer. Mr. Fox also heads to California, "
            "where he is to meet with Governor Arnold Schwarzenegger.")
    record = extractor.extract(Article(text=text, id="t"))
    assert [e.status for e in record.events if e.kind == "visit"] == ["occurred"]
