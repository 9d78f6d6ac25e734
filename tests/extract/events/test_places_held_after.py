"""Talks a report tells from home and places in the next sentence (events/held_after.py): 'ANKARA -
X met Y on Friday. The meeting took place in Antalya' — the told place replaces the dateline's, a
participle on the subject places them too ('The meeting, held at the State Department, ...'), and a
capital named by its state does as well."""

from __future__ import annotations

import pytest

from dateline.article import Article


@pytest.mark.parametrize(("text", "published", "place"), [
    ("ASTANA, 14 May. Kazakh Foreign Minister Murat Nurtleu held talks with the Foreign Minister of Armenia Ararat "
     "Mirzoyan on Wednesday. The talks were held in Yerevan.", "2025-05-14", (None, "ARM")),
    ("ANKARA, April 12 (AA) -- Turkish Foreign Minister Hakan Fidan met with his Iraqi counterpart Fuad Hussein on "
     "Saturday. The meeting took place in Antalya, on the sidelines of a diplomacy forum.", "2025-04-12",
     ("Antalya", "TUR")),
    ("KUWAIT, March 3 (KUNA) -- Kuwait's Foreign Minister Abdullah Al-Yahya met US Secretary of State Marco Rubio "
     "on Monday. The meeting, held at the State Department, focused on regional security.", "2025-03-03",
     (None, "USA")),
    ("BAKU, Azerbaijan, June 9. Azerbaijani Foreign Minister Jeyhun Bayramov held consultations with the Foreign "
     "Minister of Georgia Maka Botchorishvili. The consultations took place in the Georgian capital.",
     "2025-06-09", (None, "GEO")),
])
def test_the_next_sentence_places_talks_told_from_home(extractor, text: str, published: str,
                                                       place: tuple[str | None, str]) -> None:
    record = extractor.extract(Article(text=text, id="t", published=published))
    talks = [e for e in record.events if e.kind in {"meeting", "multilateral"}]
    got = [(e.place.name, e.place.country) if e.place is not None else (None, None) for e in talks]
    assert talks and all(c == place[1] and place[0] in (None, n) for n, c in got), got


@pytest.mark.parametrize(("text", "published", "country"), [
    ("ISLAMABAD, 12 May (APP) - Foreign Minister Ishaq Dar received the Ambassador of Brazil on Monday. The next "
     "round of bilateral political consultations will be held in Brasilia later this year.", "2026-05-12", "PAK"),
    ("Cairo, Oct 3 (MENA) -- Egyptian Foreign Minister Badr Abdelatty met with his Greek counterpart George "
     "Gerapetritis on Friday. During the meeting, it was noted that the next round of consultations between the "
     "two foreign ministries would be held in Athens next year.",
     "2026-10-03", "EGY"),
])
def test_a_sitting_held_ahead_does_not_place_talks_that_have_occurred(extractor, text: str, published: str,
                                                                      country: str) -> None:
    record = extractor.extract(Article(text=text, id="t", published=published))
    told = [e for e in record.events if e.kind == "meeting" and e.status == "occurred"]
    assert told and all(e.place is not None and e.place.country == country for e in told), \
        [(e.place, e.trigger.text) for e in told]
