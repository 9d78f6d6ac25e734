"""The issue's end-to-end case: an English and a Russian wire report of the same visit, written for
this test, go through the real extractor (each down the path of its language) and the store's
ingest, and meet as one event with two sources and one canonical person per participant."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.article import Article
from dateline.jobs.ingest import ingest_documents
from dateline.store import Store, open_store

RU_TEXT = (
    "БАКУ, 14 мая. Министр иностранных дел Республики Казахстан Ержан Нурланов во вторник прибыл "
    "в Баку с официальным визитом.\n\nВ тот же день Ержан Нурланов встретился с министром "
    "иностранных дел Азербайджана Джейхуном Байрамовым. Стороны обсудили развитие транспортного "
    "коридора через Каспийское море.")
EN_TEXT = (
    "BAKU, May 14. Kazakh Foreign Minister Yerzhan Nurlanov arrived in Baku on Tuesday on an "
    "official visit.\n\nNurlanov met with Azerbaijani Foreign Minister Jeyhun Bayramov. The "
    "ministers discussed the development of the transport corridor across the Caspian Sea.")


def reports(order: str) -> list[Article]:
    ru = Article(text=RU_TEXT, id="ru-visit", url="https://caspiy-inform.example/ru/nurlanov-baku",
                 published="2025-05-14", source="Каспий Информ")  # language detected
    en = Article(text=EN_TEXT, id="en-visit", url="https://steppe-wire.example/nurlanov-baku",
                 published="2025-05-14", source="Steppe Wire", language="en")
    return [ru, en] if order == "ru-first" else [en, ru]


@pytest.fixture(params=["ru-first", "en-first"])
def kb(request: pytest.FixtureRequest, tmp_path: Path, extractor) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    with open_store(str(tmp_path / "kb.db")) as store:
        stats = ingest_documents(reports(request.param), store, extractor)
        assert (stats.added, stats.failed) == (2, 0), stats.to_dict()
        yield store


def test_one_visit_two_sources(kb: Store) -> None:
    visits = kb.list_events(kind="visit")
    assert visits.total == 1
    visit = kb.get_event(visits.items[0].id)
    assert visit is not None and visit.n_sources == 2
    assert {s.article.url for s in visit.sources} == {
        "https://caspiy-inform.example/ru/nurlanov-baku", "https://steppe-wire.example/nurlanov-baku"}
    assert {ev.trigger_text for s in visit.sources for ev in s.evidence} >= {"прибыл", "arrived"}


def test_one_canonical_person_per_participant(kb: Store) -> None:
    people = {r["name"]: r["id"] for r in kb.db.query(
        "SELECT id, name FROM actors WHERE kind = 'person'")}
    assert set(people) == {"Yerzhan Nurlanov", "Jeyhun Bayramov"}
    for name, alias in (("Yerzhan Nurlanov", "Ержан Нурланов"),
                        ("Jeyhun Bayramov", "Джейхун Байрамов")):
        page = kb.get_actor(people[name])
        assert page is not None and page.n_articles == 2, name
        assert page.aliases == [alias]
    meetings = kb.list_events(kind="meeting")
    assert meetings.total == 1 and meetings.items[0].n_sources == 2


def test_search_by_cyrillic_surname_finds_the_person(kb: Store) -> None:
    assert [a.name for a in kb.search("Байрамов").people] == ["Jeyhun Bayramov"]
    assert [a.name for a in kb.search("Нурланов").people] == ["Yerzhan Nurlanov"]
    assert [a.name for a in kb.search("Bayramov").people] == ["Jeyhun Bayramov"]
    assert kb.list_events(person="Нурланов").total == 2
