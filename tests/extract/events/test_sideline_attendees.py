"""Those who hold talks on the sidelines of a gathering attend it (events/sideline_attendees.py)."""

from __future__ import annotations

from dateline.article import Article


def _gathering(record):
    return next(e for e in record.events if e.kind in {"gathering", "multilateral"} and e.name)


def test_talks_on_the_sidelines_of_the_forum_told_again_put_their_people_at_it(extractor):
    text = ("DOHA, Dec. 6 (QNA) -- Omani Foreign Minister Badr Albusaidi, who is in Doha to take part in the "
            "Doha Forum, held a meeting with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani. On the "
            "sidelines of the forum Albusaidi also met with Turkish Foreign Minister Hakan Fidan.")
    record = extractor.extract(Article(text=text, id="t", published="2026-12-06"))
    assert {"Badr Albusaidi", "Hakan Fidan"} <= set(_gathering(record).persons)


def test_talks_on_the_sidelines_of_a_named_summit_put_their_people_at_it(extractor):
    text = ("NEW YORK, Sept 23 (Reuters) - Brazilian President Luiz Inacio Lula da Silva held talks with "
            "Spanish Prime Minister Pedro Sanchez on the sidelines of the Summit of the Future.")
    record = extractor.extract(Article(text=text, id="t", published="2026-09-23"))
    summit = _gathering(record)
    assert {"Luiz Inacio Lula da Silva", "Pedro Sanchez"} <= set(summit.persons)
