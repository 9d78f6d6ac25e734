"""Bylines and credits ("By Leyla Mammadli, Staff writer", "Photo: ...", "(Reporting by ...)")
name the people who wrote the copy, not officials (issue 14, item 8). Sentences written for
these tests."""

from __future__ import annotations

from dateline.article import Article
from dateline.extract.boilerplate import credit_spans


def _credits(text: str) -> list[str]:
    return [text[s:e] for s, e in credit_spans(text)]


def test_credit_lines_are_found_and_story_lines_are_not():
    text = ("Aliyev receives Kyrgyz minister\nBy Leyla Mammadli, Staff writer\nBy SAMIRA HUSEYNOVA\n"
            "By Monday, the two ministers will have met twice.\n"
            "President Ilham Aliyev received Jeenbek Kulubaev. By then the talks were over.\n"
            "Photo: President's press service\n(Reporting by Tom Hale; Editing by Ann Price)")
    assert _credits(text) == ["By Leyla Mammadli, Staff writer", "By SAMIRA HUSEYNOVA",
                              "Photo: President's press service", "(Reporting by Tom Hale; Editing by Ann Price)"]


def test_a_byline_author_is_no_official(extractor):
    record = extractor.extract(Article(
        text="Aliyev receives Kyrgyz foreign minister\nBy Leyla Mammadli, Staff writer\n"
             "Baku, December 3, AZERTAC\nPresident Ilham Aliyev received Kyrgyz Foreign Minister Jeenbek Kulubaev "
             "on December 3.\nPhoto: Samir Jafarov, press service",
        id="t", published="2026-12-03"))
    persons = {a.name for a in record.actors if a.kind == "person"}
    assert persons == {"Ilham Aliyev", "Jeenbek Kulubaev"}
    assert record.dateline is not None and record.dateline.place == "Baku"
