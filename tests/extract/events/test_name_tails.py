"""A clause the parser hangs on the last word of a gathering's name is the gathering's (events/name_tails.py)."""

from __future__ import annotations

from dateline.article import Article
from dateline.extract.events.name_tails import name_tail


def _gatherings(record):
    return [(e.date.start if e.date else None, e.status) for e in record.events if e.kind in {"gathering", "multilateral"}]


def test_a_conference_to_be_held_in_january_is_planned_then(extractor):
    text = ("ADEN, Nov. 3 (Saba) - Prime Minister Salem bin Breik received the British Ambassador on Monday.\n\n"
            "The ambassador confirmed his government's part in the International Conference for Supporting "
            "Somalia's Economic Recovery, which will be held in London in January.")
    record = extractor.extract(Article(text=text, id="t", published="2026-11-03"))
    assert ("2027-01", "planned") in _gatherings(record)


def test_a_forum_that_opened_on_monday_took_place(extractor):
    text = ("DUSHANBE, June 10 (Khovar) - Leaders attended the International Conference on the Decade for Water "
            "Action, which opened in Dushanbe on Monday.")
    record = extractor.extract(Article(text=text, id="t", published="2026-06-10"))
    assert [s for _, s in _gatherings(record)] == ["occurred"]


def test_the_tail_of_a_name(extractor):
    doc = extractor.nlp("They will attend the International Conference for Supporting Somalia's Economic Recovery next week.")
    conference = next(t for t in doc if t.text == "Conference")
    assert name_tail(conference).text == "Recovery"
    assert name_tail(next(t for t in doc if t.text == "attend")).text == "attend"
