"""SQLite and PostgreSQL store the same knowledge base from the same input (issue 18).

The PostgreSQL writer batches its statements (pipeline mode, batch-wide look-ups); whatever it
does, the result must be the one SQLite holds: the same exported events, the same rows.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from gold_replay import DEMO, GoldExtractor
from kb_records import E, build, country, org, person
from kb_stories import all_stories, org_story, snapshot

from dateline.article import Article
from dateline.ingest import iter_documents
from dateline.record import Record
from dateline.store import Store, open_store
from dateline.store.export import export_events

pytestmark = pytest.mark.postgres

Pair = tuple[Article, Record]
URL = "https://wire.example/astana-talks"
# Surrogate ids the backends allocate differently (a PostgreSQL upsert draws a sequence number
# even when the row exists; SQLite reuses the ids of deleted last rows): compared by content.
RENUMBERED = {"roles": {"id"}, "role_sources": {"role_id"}, "event_history": {"id"},
              "mentions": {"id"}}


def _talks(revision: int, day: int) -> Pair:
    text = (f"ASTANA, May {day}. Kazakhstan's Foreign Minister Murat Nurtleu held talks with "
            f"Uzbekistan's Foreign Minister Bakhtiyor Saidov in Astana on water and transit "
            f"(revision {revision}). The two ministers agreed to meet again in Tashkent in June.")
    return build(text, id=f"talks-{revision}", published=f"2024-05-{day:02d}", url=URL,
                 source="Steppe Wire",
                 actors={"a1": person("Murat Nurtleu", "Murat Nurtleu", title="Foreign Minister",
                                      country="KAZ"),
                         "a2": person("Bakhtiyor Saidov", "Bakhtiyor Saidov",
                                      title="Foreign Minister", country="UZB"),
                         "a3": country("KAZ", "Kazakhstan"),
                         "a4": country("UZB", "Uzbekistan")},
                 events=[E("meeting", "held talks", ["a1"], ["a2"], ["KAZ", "UZB"],
                           f"2024-05-{day:02d}", place=("Astana", "KAZ")),
                         E("meeting", "meet again", ["a1", "a2"], [], ["KAZ", "UZB"], "2024-06",
                           status="planned", place=("Tashkent", "UZB"))])


def _summit() -> Pair:
    text = ("DUSHANBE, June 14. The Shanghai Cooperation Organisation opened its summit in "
            "Dushanbe; Tajikistan's President Emomali Rahmon welcomed the delegations.")
    return build(text, id="sco-summit", published="2024-06-14", url="https://wire.example/sco",
                 actors={"a1": org("Shanghai Cooperation Organisation",
                                   "Shanghai Cooperation Organisation", acronym="SCO"),
                         "a2": person("Emomali Rahmon", "Emomali Rahmon", title="President",
                                      country="TJK"),
                         "a3": country("TJK", "Tajikistan")},
                 events=[E("gathering", "opened", ["a1"], [], ["TJK"], "2024-06-14",
                           name="SCO summit", place=("Dushanbe", "TJK"))])


def _input() -> list[Pair]:
    """Stories with shared people and events, the demo corpus, a URL whose text is replaced
    (and then its old text again, skipped), in batches of a few pairs."""
    demo = [d for d in iter_documents([str(DEMO / "articles")]) if isinstance(d, Article)]
    pairs: list[Pair] = [*all_stories(), org_story(), _talks(1, 20), _summit()]
    pairs += [(d, r) for d, r in GoldExtractor().extract_many(demo) if isinstance(d, Article)]
    pairs += [_talks(2, 21), _talks(1, 20), *all_stories()]
    return pairs


def _state(store: Store) -> tuple[str, dict[str, list[tuple[object, ...]]]]:
    out = io.StringIO()
    export_events(store, "jsonl", out)
    rows = snapshot(store)
    for table, columns in RENUMBERED.items():
        rows[table] = sorted((tuple(c for c in row if c[0] not in columns) for row in rows[table]),
                             key=repr)
    return out.getvalue(), rows


@pytest.fixture
def pg_url_schema(pg_url: str) -> Iterator[str]:
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        sep = "&" if "?" in pg_url else "?"
        yield f"{pg_url}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.mark.parametrize("batch_size", [1, 5, 64])
def test_same_export_and_rows_on_sqlite_and_postgresql(pg_url_schema: str, tmp_path: Path,
                                                       batch_size: int) -> None:
    pairs = _input()
    results = []
    for url in (str(tmp_path / "kb.db"), pg_url_schema):
        with open_store(url) as store:
            stats = store.add(pairs, batch_size=batch_size)
            results.append((stats.to_dict(), *_state(store)))
    (sqlite_stats, sqlite_export, sqlite_rows), (pg_stats, pg_export, pg_rows) = results
    assert sqlite_stats["replaced"] == 1 and sqlite_stats["skipped"] >= 2
    assert sqlite_export.count("\n") >= 10 and "Tashkent" in sqlite_export
    assert pg_stats == sqlite_stats
    assert pg_export == sqlite_export
    assert pg_rows == sqlite_rows


def test_ids_given_in_a_batch_are_drawn_from_the_tables_numbering(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL gives the ids of a batch itself; afterwards the sequences continue after them,
    and a batch that failed gives its ids again (on SQLite: the same, by the rowid rules)."""
    store.add(all_stories()[:2])
    top = store.db.scalar("SELECT MAX(id) FROM actors")
    new = store.db.insert("INSERT INTO actors (kind, key, name, search_name) VALUES "
                          "('country', 'XKX', 'Kosovo', 'kosovo') RETURNING id")
    assert new == top + 1
    events_before = store.db.scalar("SELECT MAX(id) FROM events")
    add_record = store.writer.events.add_record

    def crash_on_the_second(article_id: int, record: Record, *args: object) -> set[int]:
        if record.id == "talks-2":
            raise OSError("disk gone")  # the process dies half-way through the batch
        return add_record(article_id, record, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(store.writer.events, "add_record", crash_on_the_second)
    with pytest.raises(OSError):
        store.add([_talks(1, 20), _talks(2, 21)], batch_size=2)
    assert store.db.scalar("SELECT MAX(id) FROM actors") == new
    assert store.db.scalar("SELECT MAX(id) FROM events") == events_before
    monkeypatch.undo()
    store.add([_talks(1, 20)])
    assert store.db.scalar("SELECT MIN(id) FROM events WHERE id > ?", (events_before,)) == \
        events_before + 1
    assert store.db.scalar("SELECT MIN(id) FROM actors WHERE id > ?", (new,)) == new + 1
