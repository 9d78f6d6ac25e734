"""mentions and article_actors refer to articles and actors, on both backends (schema version 11).

SQLite checks them with its foreign keys. PostgreSQL checks them with statement triggers
(migrations/postgres/0011): one look-up per distinct article and actor of an INSERT, where a
foreign key ran a query per row and key. The guarantees are the same: a row whose article or
actor does not exist is refused, deleting an article deletes its rows, and an actor (or an id)
a row still refers to cannot go."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from kb_records import build, country, person

from dateline.errors import StoreError
from dateline.store import Store

TEXT = ("DUSHANBE, April 14. Tajik Foreign Minister Sirojiddin Muhriddin held talks with his "
        "Uzbek counterpart Bakhtiyor Saidov in Dushanbe on Monday, the ministry said.")
MISSING = 987_654


@contextmanager
def _refused(store: Store) -> Iterator[None]:
    """The transaction inside is refused for a reference (and rolled back)."""
    with pytest.raises(StoreError) as refused:
        with store.db.transaction():
            yield
    cause = refused.value.__cause__
    assert isinstance(cause, (sqlite3.IntegrityError, psycopg.errors.ForeignKeyViolation)), cause


def _stored(store: Store) -> tuple[int, int]:
    """One article stored; its id and the id of a country actor it mentions."""
    store.add([build(TEXT, id="refs-1", published="2025-04-14",
                     url="https://wire.example/refs-1", actors={
                         "a1": country("TJK", "Tajikistan", "Tajik"),
                         "a2": person("Sirojiddin Muhriddin", title="Foreign Minister",
                                      country="TJK"),
                         "a3": country("UZB", "Uzbekistan", "Uzbek"),
                         "a4": person("Bakhtiyor Saidov", country="UZB")})])
    article = store.db.scalar("SELECT id FROM articles")
    actor = store.db.scalar("SELECT actor_id FROM article_actors WHERE local_id = 'a3'")
    assert article is not None and actor is not None
    return int(article), int(actor)


def _counts(store: Store) -> tuple[int, int]:
    return (int(store.db.scalar("SELECT COUNT(*) FROM mentions") or 0),
            int(store.db.scalar("SELECT COUNT(*) FROM article_actors") or 0))


@pytest.mark.parametrize("bad", ["article", "actor"])
def test_a_mention_of_a_missing_article_or_actor_is_refused(store: Store, bad: str) -> None:
    article, actor = _stored(store)
    before = _counts(store)
    rows = [(article, actor, "a3", 0, 5, "Uzbek")] * 3 + [
        (MISSING if bad == "article" else article, MISSING if bad == "actor" else actor,
         "a3", 6, 11, "Uzbek")]
    with _refused(store):
        store.db.insert_rows("mentions", "article_id, actor_id, local_id, span_start, "
                             "span_end, text", rows)
    assert _counts(store) == before  # the good rows of the refused statement are gone too


@pytest.mark.parametrize("bad", ["article", "actor"])
def test_an_article_actor_of_a_missing_article_or_actor_is_refused(store: Store,
                                                                    bad: str) -> None:
    article, actor = _stored(store)
    before = _counts(store)
    with _refused(store):
        store.db.execute(
            "INSERT INTO article_actors (article_id, local_id, actor_id, name) "
            "VALUES (?, 'a9', ?, 'Uzbekistan')",
            (MISSING if bad == "article" else article, MISSING if bad == "actor" else actor))
    assert _counts(store) == before
    with store.db.transaction():  # an update to a missing actor is refused as well
        store.db.execute("UPDATE mentions SET span_start = span_start WHERE actor_id = ?",
                         (actor,))
    with _refused(store):
        store.db.execute("UPDATE mentions SET actor_id = ? WHERE actor_id = ?",
                         (MISSING, actor))


@pytest.mark.parametrize("still", ["mentions", "article_actors"])
def test_an_actor_still_referred_to_cannot_be_deleted(store: Store, still: str) -> None:
    _, actor = _stored(store)
    other = "article_actors" if still == "mentions" else "mentions"
    with store.db.transaction():
        store.db.execute(f"DELETE FROM {other} WHERE actor_id = ?", (actor,))
    with _refused(store):
        store.db.execute("DELETE FROM actors WHERE id = ?", (actor,))
    with _refused(store):
        store.db.execute("UPDATE actors SET id = ? WHERE id = ?", (MISSING, actor))
    with store.db.transaction():  # once nothing refers to it, it goes
        store.db.execute(f"DELETE FROM {still} WHERE actor_id = ?", (actor,))
        store.db.execute("DELETE FROM actors WHERE id = ?", (actor,))
    assert store.db.scalar("SELECT COUNT(*) FROM actors WHERE id = ?", (actor,)) == 0


def test_deleting_an_article_deletes_its_mentions_and_article_actors(store: Store) -> None:
    article, _ = _stored(store)
    assert min(_counts(store)) > 0
    with store.db.transaction():  # its offices' sources refer to it too: only its actors now
        store.db.execute("DELETE FROM role_sources WHERE article_id = ?", (article,))
    with _refused(store):
        store.db.execute("UPDATE articles SET id = ? WHERE id = ?", (MISSING, article))
    with store.db.transaction():
        store.db.execute("DELETE FROM articles WHERE id = ?", (article,))
    assert _counts(store) == (0, 0)


@pytest.mark.postgres
def test_postgres_checks_the_references_once_per_statement(pg_store: Store) -> None:
    keys = pg_store.db.query(
        "SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid IN "
        "('mentions'::regclass, 'article_actors'::regclass)")
    assert keys == []  # no foreign key: no query per inserted row
    triggers = {(r["tgname"], r["statement"]) for r in pg_store.db.query(
        "SELECT tgname, (tgtype & 1) = 0 AS statement FROM pg_trigger WHERE tgrelid IN "
        "('mentions'::regclass, 'article_actors'::regclass) AND NOT tgisinternal")}
    assert triggers == {("mentions_references", True), ("mentions_references_update", True),
                        ("article_actors_references", True),
                        ("article_actors_references_update", True)}


@pytest.mark.postgres
def test_postgres_locks_what_an_open_insert_refers_to(pg_store: Store, pg_url: str) -> None:
    """As a foreign key's check does: an actor an uncommitted mention refers to cannot be
    deleted meanwhile (the DELETE waits), nor after the mention is committed."""
    from conftest import pg_schema_url

    article, _ = _stored(pg_store)
    with pg_store.db.transaction():
        pg_store.db.execute("INSERT INTO actors (kind, key, name, search_name) "
                            "VALUES ('organization', 'refs-org', 'Refs Org', 'refs org')")
    actor = pg_store.db.scalar("SELECT id FROM actors WHERE key = 'refs-org'")
    schema = pg_store.db.scalar("SELECT current_schema()")
    url = pg_schema_url(pg_url, str(schema))
    with psycopg.connect(url) as writer, psycopg.connect(url, autocommit=True) as deleter:
        writer.execute("INSERT INTO mentions (article_id, actor_id, local_id, span_start, "
                       "span_end, text) VALUES (%s, %s, 'a9', 0, 5, 'Refs')", (article, actor))
        deleter.execute("SET lock_timeout = '300ms'")
        with pytest.raises(psycopg.errors.LockNotAvailable):
            deleter.execute("DELETE FROM actors WHERE id = %s", (actor,))
        writer.commit()
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            deleter.execute("DELETE FROM actors WHERE id = %s", (actor,))
