"""A state's leader told as a description after a name given without a post is that person
(extract/epithets.py): "backers of X rallied as the Libyan leader held talks" gives X the post and
the state; a speaker, a source or a co-argument of the description's verb is someone else."""

from __future__ import annotations

import pytest

from dateline.article import Article


def _person(extractor, text: str, name: str) -> tuple[str | None, str | None]:
    record = extractor.extract(Article(text=text, id="t", published="2025-10-14"))
    return next((a.title, a.country) for a in record.actors if a.kind == "person" and a.name == name)


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("Hundreds of supporters of Alexander Lukashenko gathered in Beijing on Monday as the Belarusian leader "
     "held talks with Chinese officials.", "Alexander Lukashenko", "Leader", "BLR"),
    ("Students burned effigies of Emmerson Mnangagwa on the day the Zimbabwean president arrived in Maputo.",
     "Emmerson Mnangagwa", "President", "ZWE"),
])
def test_the_leader_described_after_a_bare_name_is_that_person(extractor, text, name, title, country):
    assert _person(extractor, text, name) == (title, country)


@pytest.mark.parametrize(("text", "name"), [
    ("Reporter Anna Brandt asked the Russian president about the talks on Friday.", "Anna Brandt"),
    ("Karel Dvorak, a Czech banker, said the Czech president would visit Vienna next month.", "Karel Dvorak"),
])
def test_a_speaker_or_a_co_argument_is_someone_else(extractor, text, name):
    assert _person(extractor, text, name) == (None, None)


def test_the_leader_gives_the_event_his_state(extractor):
    record = extractor.extract(Article(
        text="Crowds shouted slogans against Vladimir Putin the same day the Russian president arrived in "
             "Budapest for talks with Prime Minister Viktor Orban.", id="t", published="2025-10-14"))
    visit = next(e for e in record.events if e.kind == "visit")
    assert visit.countries == ["HUN", "RUS"]
