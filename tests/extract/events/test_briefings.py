"""Talks are where their parties brief the press (events/briefings.py)."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Event, Record


def _talks(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "meeting"]


def test_a_joint_press_conference_abroad_places_the_talks_not_the_dateline(extractor):
    text = ("ANKARA, Dec 3 (AA) -- Turkish Foreign Minister Hakan Fidan held talks with his Egyptian counterpart "
            "Badr Abdelatty on Wednesday.\n\n"
            "At a joint press conference in Cairo after the talks, Fidan said the two countries would raise "
            "their trade to $15 billion.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.country == "EGY"


def test_speaking_at_a_news_conference_places_the_talks_told_before(extractor):
    text = ("TASHKENT, Dec 3 (UzA) -- Foreign Minister Bakhtiyor Saidov has met with his Russian counterpart "
            "Sergey Lavrov for talks on transport and energy.\n\n"
            "Speaking at a joint news conference in Moscow on Wednesday, Saidov said the sides had agreed on a "
            "new plan of consultations.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.country == "RUS"


def test_a_press_conference_told_in_the_pluperfect_does_not(extractor):
    text = ("TBILISI, Dec 3 (Interpressnews) -- Georgian Foreign Minister Maka Botchorishvili met with the "
            "Ambassador of Japan Akira Imamura on Wednesday.\n\n"
            "At a press conference in Baku last week, the minister had called for closer regional ties.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.country == "GEO"


def test_a_briefing_by_someone_else_much_later_in_the_report_does_not(extractor):
    text = ("BAKU, Dec 3 (Trend) -- Azerbaijani Foreign Minister Jeyhun Bayramov met with the Ambassador of "
            "Italy Luca Di Gianfrancesco on Wednesday.\n\n"
            "The sides discussed energy cooperation. They also reviewed the cultural programme for 2026. "
            "The ambassador praised the level of relations.\n\n"
            "At a press briefing in Rome, the Italian Foreign Ministry spokesman said the ministry would open "
            "a new consulate.")
    record = extractor.extract(Article(text=text, id="t", published="2025-12-03"))
    talks = _talks(record)
    assert len(talks) == 1 and talks[0].place is not None and talks[0].place.country == "AZE"
