"""Talks a report tells from home and places in the next sentence (events/held_after.py): 'ANKARA -
X met Y on Friday. The meeting took place in Antalya' — the told place replaces the dateline's, a
participle on the subject places them too ('The meeting, held at the State Department, ...'), and a
country never replaces a city of it."""

from __future__ import annotations

from dateline.article import Article
from dateline.record import Event, Record


def _talks(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind in {"meeting", "multilateral"}]


def _places(record: Record) -> list[tuple[str | None, str | None]]:
    return [(e.place.name, e.place.country) if e.place is not None else (None, None) for e in _talks(record)]


def test_the_next_sentence_moves_talks_from_the_dateline(extractor):
    text = ("ASTANA, 14 May. Kazakh Foreign Minister Murat Nurtleu held talks with the Foreign Minister of "
            "Armenia Ararat Mirzoyan on Wednesday. The talks were held in Yerevan.")
    record = extractor.extract(Article(text=text, id="t", published="2025-05-14"))
    assert _talks(record) and all(c == "ARM" for _, c in _places(record)), _places(record)


def test_a_city_of_the_datelines_state_told_after_places_the_talks(extractor):
    text = ("ANKARA, April 12 (AA) -- Turkish Foreign Minister Hakan Fidan met with his Iraqi counterpart Fuad "
            "Hussein on Saturday. The meeting took place in Antalya, on the sidelines of a diplomacy forum.")
    record = extractor.extract(Article(text=text, id="t", published="2025-04-12"))
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert meetings and meetings[0].place is not None and meetings[0].place.name == "Antalya"


def test_a_participle_on_the_subject_places_the_talks_at_a_landmark(extractor):
    text = ("KUWAIT, March 3 (KUNA) -- Kuwait's Foreign Minister Abdullah Al-Yahya met US Secretary of State "
            "Marco Rubio on Monday. The meeting, held at the State Department, focused on regional security.")
    record = extractor.extract(Article(text=text, id="t", published="2025-03-03"))
    assert _talks(record) and all(c == "USA" for _, c in _places(record)), _places(record)


def test_a_capital_named_by_its_state_in_the_next_sentence(extractor):
    text = ("BAKU, Azerbaijan, June 9. Azerbaijani Foreign Minister Jeyhun Bayramov held consultations with "
            "the Foreign Minister of Georgia Maka Botchorishvili. The consultations took place in the Georgian "
            "capital.")
    record = extractor.extract(Article(text=text, id="t", published="2025-06-09"))
    assert _talks(record) and all(c == "GEO" for _, c in _places(record)), _places(record)

