"""Long documents and punctuation floods are parsed in bounded sections, with every offset kept
(issue 15, defect 6: the parse); documents of news length are parsed whole."""

from __future__ import annotations

import time

import pytest

from dateline.article import Article
from dateline.extract.pipeline import MAX_RUN, SECTION_CHARS, sections

VISIT = ("BAKU, Azerbaijan, May 1. Kazakh Foreign Minister Murat Nurtleu met Azerbaijani "
         "President Ilham Aliyev in Baku on Monday. The two discussed transport links.\n\n")


@pytest.mark.parametrize("text", [
    VISIT * 10, VISIT * 600, "(" * 40_000, ". " * 30_000, "x" * (SECTION_CHARS * 3 + 7),
    VISIT + "-" * 5_000 + VISIT * 300, "\n" * 50_000, "a b" * 20_000])
def test_sections_add_up_to_the_text_and_are_bounded(text: str) -> None:
    parts = sections(text)
    assert "".join(parts) == text and all(parts)
    assert all(len(p) <= SECTION_CHARS for p in parts)
    assert all(len(run) <= MAX_RUN for p in parts for run in p.split())


def test_a_news_length_document_is_one_section() -> None:
    assert sections(VISIT * 10) == [VISIT * 10]


def test_long_documents_are_cut_at_paragraph_ends() -> None:
    parts = sections(VISIT * 600)
    assert len(parts) > 1 and all(p.endswith("\n") for p in parts[:-1])


@pytest.mark.slow
def test_a_sectioned_document_keeps_its_offsets(extractor) -> None:
    last = ("Later, Uzbek Foreign Minister Bakhtiyor Saidov held talks with Georgian Prime "
            "Minister Irakli Kobakhidze in Tbilisi.")
    text = VISIT * 180 + "(" * 3_000 + "\n\n" + last  # > SECTION_CHARS, and a long run
    assert len(sections(text)) > 3
    record = extractor.extract(Article(text=text, id="long"))
    assert record.error is None
    for actor in record.actors:
        for start, end in actor.mentions:
            assert text[start:end].strip()
    for event in record.events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
    tail = len(text) - len(last)
    assert any(e.trigger.start >= tail for e in record.events)  # found in the last section
    saidov = [a for a in record.actors if a.name == "Bakhtiyor Saidov"]
    assert saidov and all(text[s:e] == "Bakhtiyor Saidov" for s, e in saidov[0].mentions)


@pytest.mark.slow
def test_a_punctuation_flood_is_parsed_in_linear_time(extractor) -> None:
    """The tokenizer is quadratic in a run without whitespace: 8,000 parentheses took 16 times
    as long as 2,000; cut into sections they take about 4 times as long."""
    def seconds(n: int) -> float:
        started = time.perf_counter()
        record = extractor.extract(Article(text=VISIT + "(" * n, id="flood"))
        assert record.error is None
        return time.perf_counter() - started

    seconds(1_000)  # warm up
    small, large = seconds(2_000), seconds(8_000)
    assert large < 8 * small + 1.0
