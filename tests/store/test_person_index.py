"""The batch's person index answers what the per-mention query answers (issue 18).

A batch reads the people its mentions may be in one query (:mod:`dateline.store.person_index`)
and keeps them in step with what it writes; the candidates it gives must be those the
per-mention query reads at the same point of the transaction, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_replay import DEMO, GoldExtractor
from kb_stories import all_stories, org_story, snapshot
from test_store_person_merge import reports

from dateline.article import Article
from dateline.ingest import iter_documents
from dateline.record import Record
from dateline.resolve.names import parse_person_name
from dateline.resolve.persons import PersonCandidate
from dateline.store import Store, open_store
from dateline.store.actors import ActorWriter
from dateline.store.person_index import PersonIndex

Pair = tuple[Article, Record]


def _input() -> list[Pair]:
    """Officials met again and again (new people, offices, spelling variants, a country learnt
    later), the demo corpus, and the stories once more (all known by then)."""
    demo = [d for d in iter_documents([str(DEMO / "articles")]) if isinstance(d, Article)]
    pairs: list[Pair] = [*reports(), *all_stories(), org_story()]
    pairs += [(d, r) for d, r in GoldExtractor().extract_many(demo) if isinstance(d, Article)]
    return [*pairs, *reports()]


def _view(candidates: list[PersonCandidate]) -> list[tuple[object, ...]]:
    return [(c.id, c.name, c.country, sorted(c.title_keys)) for c in candidates]


def _queried(writer: ActorWriter, surname: str, title_key: str | None,
             country: str | None) -> list[PersonCandidate]:
    """The per-mention query's candidates (the index bypassed)."""
    writer._write_roles()
    found: dict[int, PersonCandidate] = {}
    for row in writer._candidates(surname, title_key, country):
        cand = found.setdefault(row["id"], PersonCandidate(
            row["id"], row["name"], parse_person_name(row["name"]), row["country"]))
        if row["title_key"]:
            cand.title_keys.add(row["title_key"])
    return list(found.values())


@pytest.mark.parametrize("batch_size", [3, 64])
def test_the_index_gives_what_the_query_reads_at_each_mention(
        store: Store, monkeypatch: pytest.MonkeyPatch, batch_size: int) -> None:
    indexed = PersonIndex.candidates
    compared: list[tuple[str, int]] = []

    def checked(self: PersonIndex, surname: str, title_key: str | None,
                country: str | None) -> list[PersonCandidate] | None:
        answer = indexed(self, surname, title_key, country)
        assert answer is not None, f"the batch's index did not load {surname!r}"
        queried = _queried(store.writer.actors, surname, title_key, country)
        assert _view(answer) == _view(queried), (surname, title_key, country)
        compared.append((surname, len(answer)))
        return answer

    monkeypatch.setattr(PersonIndex, "candidates", checked)
    stats = store.add(_input(), batch_size=batch_size)
    assert stats.failed == 0 and stats.added >= 10
    assert len(compared) >= 40
    assert any(n >= 2 for _, n in compared)  # namesakes and variants were among the candidates


def test_batched_and_per_mention_look_ups_store_the_same(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    queries: list[int] = []
    per_mention = ActorWriter._candidates

    def counted(self: ActorWriter, *args: object) -> object:
        queries.append(1)
        return per_mention(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ActorWriter, "_candidates", counted)
    with open_store(str(tmp_path / "batched.db")) as store:
        store.add(_input())
        batched = snapshot(store)
    assert queries == []  # every mention answered by the index
    monkeypatch.setattr(PersonIndex, "candidates", lambda self, *args: None)
    with open_store(str(tmp_path / "queried.db")) as store:
        store.add(_input())
        assert snapshot(store) == batched
    assert len(queries) >= 40
