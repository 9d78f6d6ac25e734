"""A Russian and an English report of the same visit in one knowledge base: one event with two
sources, one canonical person per participant, Cyrillic aliases kept and searchable, Russian
evidence highlighted. The records are written by hand in the contract's format (``lang`` and
``aliases`` as a Russian record gives them), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.article import Article
from dateline.record import Record
from dateline.store import Store, open_store

RU_TEXT = (
    "БАКУ, 3 апреля. Генеральный прокурор Республики Казахстан Берик Асылов прибыл в Баку с "
    "рабочим визитом по приглашению Генерального прокурора Азербайджанской Республики Камрана "
    "Алиева.\n\nВ ходе встречи Камран Алиев и Берик Асылов обсудили сотрудничество в сфере "
    "правовой помощи по уголовным делам.")
EN_TEXT = (
    "BAKU, April 3. Kazakhstan's Prosecutor General Berik Asylov arrived in Baku on Thursday for "
    "a working visit at the invitation of Azerbaijan's Prosecutor General Kamran Aliyev.\n\n"
    "The two prosecutors general discussed legal assistance in criminal cases.")


def at(text: str, needle: str, nth: int = 1) -> list[int]:
    """The span of the ``nth`` occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return [start, start + len(needle)]


def sentence(text: str, needle: str) -> list[int]:
    start = text.index(needle)
    lo = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    hi = text.index(".", start) + 1
    return [lo, hi]


def russian_record() -> dict[str, Any]:
    t = RU_TEXT
    return {
        "id": "ru-1", "url": "https://caspiy-inform.example/ru/prokuror-baku",
        "source": "Каспий Информ", "published": "2025-04-03", "published_from": "metadata",
        "dateline": {"place": "Baku", "country": "AZE", "span": at(t, "БАКУ, 3 апреля")},
        "lang": "ru",
        "actors": [
            {"id": "a1", "kind": "country", "name": "Kazakhstan", "country": "KAZ",
             "mentions": [at(t, "Республики Казахстан")], "aliases": ["Казахстан"]},
            {"id": "a2", "kind": "person", "name": "Berik Asylov", "title": "Prosecutor General",
             "organization": "Prosecutor General's Office", "country": "KAZ",
             "mentions": [at(t, "Берик Асылов"), at(t, "Берик Асылов", 2)],
             "key": "berik asylov", "aliases": ["Берик Асылов"]},
            {"id": "a3", "kind": "country", "name": "Azerbaijan", "country": "AZE",
             "mentions": [at(t, "Азербайджанской Республики")], "aliases": ["Азербайджан"]},
            {"id": "a4", "kind": "person", "name": "Kamran Aliyev", "title": "Prosecutor General",
             "organization": "Prosecutor General's Office", "country": "AZE",
             "mentions": [at(t, "Камрана Алиева"), at(t, "Камран Алиев")],
             "key": "kamran aliev", "aliases": ["Камран Алиев"]},
        ],
        "events": [
            {"id": "e1", "kind": "visit", "type": "CONSULT", "mode": "visit", "source": ["a2"],
             "recipient": ["a3", "a4"], "countries": ["AZE", "KAZ"],
             "place": {"name": "Baku", "country": "AZE", "lat": 40.3777, "lon": 49.892},
             "date": {"start": "2025-04-03", "end": "2025-04-03", "text": "3 апреля"},
             "status": "occurred", "trigger": dict(zip(("start", "end"), at(t, "прибыл"),
                                                       strict=True), text="прибыл"),
             "sentence": sentence(t, "прибыл"), "confidence": 0.9,
             "participants": ["a2", "a3", "a4"], "persons": ["Berik Asylov", "Kamran Aliyev"]},
        ],
        "times": [{"text": "3 апреля", "span": at(t, "3 апреля"), "start": "2025-04-03",
                   "end": "2025-04-03", "grain": "day"}],
    }


def english_record() -> dict[str, Any]:
    t = EN_TEXT
    return {
        "id": "en-1", "url": "https://steppe-wire.example/prosecutors-baku",
        "source": "Steppe Wire", "published": "2025-04-03", "published_from": "metadata",
        "dateline": {"place": "Baku", "country": "AZE", "span": at(t, "BAKU, April 3")},
        "actors": [
            {"id": "a1", "kind": "country", "name": "Kazakhstan", "country": "KAZ",
             "mentions": [at(t, "Kazakhstan")]},
            {"id": "a2", "kind": "person", "name": "Berik Asylov", "title": "Prosecutor General",
             "organization": "Prosecutor General's Office", "country": "KAZ",
             "mentions": [at(t, "Berik Asylov")], "key": "berik asylov"},
            {"id": "a3", "kind": "country", "name": "Azerbaijan", "country": "AZE",
             "mentions": [at(t, "Azerbaijan")]},
            {"id": "a4", "kind": "person", "name": "Kamran Aliyev", "title": "Prosecutor General",
             "organization": "Prosecutor General's Office", "country": "AZE",
             "mentions": [at(t, "Kamran Aliyev")], "key": "kamran aliev"},
        ],
        "events": [
            {"id": "e1", "kind": "visit", "type": "CONSULT", "mode": "visit", "source": ["a2"],
             "recipient": ["a3", "a4"], "countries": ["AZE", "KAZ"],
             "place": {"name": "Baku", "country": "AZE", "lat": 40.3777, "lon": 49.892},
             "date": {"start": "2025-04-03", "end": "2025-04-03", "text": "Thursday"},
             "status": "occurred", "trigger": dict(zip(("start", "end"), at(t, "arrived"),
                                                       strict=True), text="arrived"),
             "sentence": sentence(t, "arrived"), "confidence": 0.9,
             "participants": ["a2", "a3", "a4"], "persons": ["Berik Asylov", "Kamran Aliyev"]},
        ],
    }


def pairs(*records: dict[str, Any]) -> list[tuple[Article, Record]]:
    out = []
    for data in records:
        record = Record.model_validate(data)
        text = RU_TEXT if record.lang == "ru" else EN_TEXT
        out.append((Article(text=text, id=record.id, url=record.url, published=record.published,
                            source=record.source, language=record.lang or "en"), record))
    return out


def test_records_round_trip_with_lang_and_aliases() -> None:
    record = Record.model_validate(russian_record())
    assert Record.from_json(record.to_json()) == record
    assert "lang" not in Record.model_validate(english_record()).to_dict()


@pytest.mark.parametrize("order", ["ru-first", "en-first"])
def test_one_event_two_sources_one_person_each(store: Store, order: str) -> None:
    records = [russian_record(), english_record()]
    stats = store.add(pairs(*(records if order == "ru-first" else records[::-1])))
    assert (stats.added, stats.failed) == (2, 0)
    visits = store.list_events(kind="visit")
    assert visits.total == 1
    visit = store.get_event(visits.items[0].id)
    assert visit is not None and visit.n_sources == 2
    assert {s.article.url for s in visit.sources} == {
        "https://caspiy-inform.example/ru/prokuror-baku", "https://steppe-wire.example/prosecutors-baku"}
    people = {r["name"]: r["id"] for r in store.db.query(
        "SELECT id, name FROM actors WHERE kind = 'person'")}
    assert set(people) == {"Berik Asylov", "Kamran Aliyev"}
    aliyev = store.get_actor(people["Kamran Aliyev"])
    assert aliyev is not None and aliyev.n_articles == 2
    assert aliyev.aliases == ["Камран Алиев"]
    assert [(r.title, r.country, r.n_sources) for r in aliyev.roles] == [
        ("Prosecutor General", "AZE", 2)]
    # Russian evidence: offsets are code points into the original text
    for source in visit.sources:
        text = store.get_article(source.article.id).text  # type: ignore[union-attr]
        for ev in source.evidence:
            assert text[ev.trigger_start:ev.trigger_end] == ev.trigger_text
            assert text[ev.sentence_start:ev.sentence_end] == ev.sentence_text
    assert {ev.trigger_text for s in visit.sources for ev in s.evidence} == {"прибыл", "arrived"}


def test_search_finds_a_person_by_either_script(store: Store) -> None:
    store.add(pairs(russian_record(), english_record()))
    for query in ("Алиев", "Камран Алиев", "Aliyev", "Aliev", "алиев"):
        assert [a.name for a in store.search(query).people] == ["Kamran Aliyev"], query
    assert [a.name for a in store.search("Асылов").people] == ["Berik Asylov"]
    assert [a.name for a in store.search("Казахстан").countries] == ["Kazakhstan"]
    assert store.search("Алиев").events and store.list_events(person="Алиев").total == 1
    assert store.search("Лавров").people == []


def test_aliases_survive_a_fuller_name_and_are_not_repeated(store: Store) -> None:
    short = russian_record()
    short["id"] = "ru-2"
    short["url"] = "https://caspiy-inform.example/ru/prokuror-baku-2"
    store.add(pairs(russian_record(), short, english_record()))
    row = store.db.query_one("SELECT aliases, search_name FROM actors WHERE name = ?",
                             ("Kamran Aliyev",))
    assert row is not None and row["aliases"] == "Камран Алиев"
    assert "kamran aliev" in row["search_name"]


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "kb.db"
    with open_store(str(path)) as store:
        store.add(pairs(russian_record(), english_record()))
    yield path


def test_actor_page_search_and_evidence_in_the_web_ui(kb: Path) -> None:
    from fastapi.testclient import TestClient

    from dateline.serve import create_app

    with open_store(str(kb)) as store:
        aliyev = store.search("Aliyev").people[0].id
        event = store.list_events(kind="visit").items[0].id
    with TestClient(create_app(str(kb), token="")) as client:
        page = client.get(f"/actors/{aliyev}")
        assert page.status_code == 200 and "Also named: Камран Алиев" in page.text
        data = client.get(f"/actors/{aliyev}.json").json()
        assert data["aliases"] == ["Камран Алиев"]
        found = client.get("/search.json", params={"q": "Алиев"}).json()
        assert [p["name"] for p in found["people"]] == ["Kamran Aliyev"]
        assert "Kamran Aliyev" in client.get("/search", params={"q": "Камран Алиев"}).text
        html = client.get(f"/events/{event}").text
        assert "<mark>прибыл</mark>" in html and "<mark>arrived</mark>" in html


def test_a_person_named_only_in_cyrillic_is_the_same_canonical_person(store: Store) -> None:
    """A Russian record whose extractor found no Latin spelling still meets the English one."""
    ru = russian_record()
    for actor in ru["actors"]:
        if actor["kind"] == "person":
            actor["name"] = actor["aliases"][0]
            del actor["aliases"]
    ru["events"][0]["persons"] = ["Берик Асылов", "Камран Алиев"]
    store.add(pairs(english_record(), ru))
    people = {r["name"] for r in store.db.query("SELECT name FROM actors WHERE kind = 'person'")}
    assert people == {"Berik Asylov", "Kamran Aliyev"}
    aliyev = store.search("Aliyev").people[0]
    detail = store.get_actor(aliyev.id)
    assert detail is not None and set(detail.names) == {"Kamran Aliyev", "Камран Алиев"}
    assert store.list_events(kind="visit").items[0].n_sources == 2


def test_the_language_of_each_article_is_stored_shown_and_exported(store: Store) -> None:
    import io
    import json

    from dateline.store.export import export_events

    store.add(pairs(russian_record()))
    stream = io.StringIO()
    assert export_events(store, "plover", stream) == 1
    [plover] = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert plover["text_info"]["language"] == "ru"
    store.add(pairs(english_record()))
    langs = {r["doc_id"]: r["lang"] for r in store.db.query("SELECT doc_id, lang FROM articles")}
    assert langs == {"ru-1": "ru", "en-1": "en"}  # en-1: the record has no lang, the article says en
    visit = store.get_event(store.list_events(kind="visit").items[0].id)
    assert visit is not None
    assert {s.article.doc_id: s.article.lang for s in visit.sources} == {"ru-1": "ru", "en-1": "en"}
    stream = io.StringIO()
    export_events(store, "jsonl", stream)
    [event] = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert sorted(s["lang"] for s in event["sources"]) == ["en", "ru"]


def test_migration_6_takes_the_language_of_stored_articles_from_their_records(
        store: Store, tmp_path: Path) -> None:
    english = english_record()
    english["lang"] = None  # written before Record.lang: the English pipeline's
    store.add([(Article(text=EN_TEXT, id="en-1", url=english["url"]), Record.model_validate(english)),
               *pairs(russian_record())])
    from dateline.store.schema import migrations

    six = migrations(store.db.dialect)[5]
    assert six.version == 6
    with store.db.transaction():  # the articles table as version 5 left it, then migration 6
        store.db.execute("ALTER TABLE articles DROP COLUMN lang")
        store.db.run_script(six.sql)
    langs = {r["doc_id"]: r["lang"] for r in store.db.query("SELECT doc_id, lang FROM articles")}
    assert langs == {"ru-1": "ru", "en-1": "en"}
