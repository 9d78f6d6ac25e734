"""The indexes the store's queries by actor read on article_actors (schema version 10), and the
network's period index on events (version 12).

PostgreSQL drops article_actors (actor_id) in version 10: every query that finds an actor's
rows scans article_actors_actor_article (actor_id, article_id DESC, name) instead, and an ingest
no longer inserts each row into both. SQLite keeps its copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.store import Store, open_store
from dateline.store.schema import latest_version, migrate, migrations

ACTOR = 7
# the store's statements that find article_actors rows by actor (store/actors.py
# collect_garbage, queries/actors.py: an actor's spellings and counts, the actors search)
BY_ACTOR = {
    "still used": (
        "SELECT EXISTS (SELECT 1 FROM article_actors WHERE actor_id = ?) OR EXISTS (SELECT 1 "
        "FROM roles WHERE person_id = ? OR organization_id = ?) OR EXISTS (SELECT 1 FROM "
        "event_actors WHERE actor_id = ?)", (ACTOR, ACTOR, ACTOR, ACTOR)),
    "spellings": (
        "SELECT name, COUNT(*) AS n FROM (SELECT name FROM article_actors WHERE actor_id = ? "
        "ORDER BY article_id DESC LIMIT ?) x GROUP BY name ORDER BY n DESC, name", (ACTOR, 200)),
    "counts": (
        "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM mentions WHERE actor_id = ? LIMIT ?) m) "
        "AS mentions, (SELECT COUNT(*) FROM (SELECT DISTINCT article_id FROM article_actors "
        "WHERE actor_id = ? LIMIT ?) a) AS articles", (ACTOR, 10001, ACTOR, 10001)),
    "search order": (
        "SELECT a.id, a.kind, a.name, a.title, a.country FROM actors a WHERE a.kind = ? AND "
        "(a.search_name LIKE ? OR a.search_name LIKE ?) ORDER BY (SELECT COUNT(*) FROM "
        "article_actors x WHERE x.actor_id = a.id) DESC, a.name LIMIT ?",
        ("person", "%aliyev%", "%aliev%", 10)),
}


def _indexes(store: Store, table: str = "article_actors") -> set[str]:
    if store.dialect == "sqlite":
        return {r["name"] for r in store.db.query(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL", (table,))}
    return {r["indexname"] for r in store.db.query(
        "SELECT indexname FROM pg_indexes WHERE tablename = ? AND "
        "schemaname = current_schema()", (table,))}


@pytest.mark.postgres
def test_postgres_has_one_index_by_actor(pg_store: Store) -> None:
    assert _indexes(pg_store) == {"article_actors_pkey", "article_actors_actor_article"}


@pytest.mark.postgres
@pytest.mark.parametrize("name", sorted(BY_ACTOR))
def test_queries_by_actor_scan_the_wider_index(pg_store: Store, name: str) -> None:
    sql, params = BY_ACTOR[name]
    with pg_store.db.transaction():  # a scan of the whole table only when there is no index
        pg_store.db.execute("SET LOCAL enable_seqscan = off")
        plan = "\n".join(r["QUERY PLAN"] for r in pg_store.db.query(f"EXPLAIN {sql}", params))
    assert "Scan on article_actors_actor_article" in plan \
        or "using article_actors_actor_article on article_actors" in plan, plan
    assert "Seq Scan on article_actors" not in plan, plan


def test_sqlite_keeps_its_index_and_the_numbering(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "kb.db")) as store:
        assert "article_actors_actor" in _indexes(store)
        assert store.db.scalar("SELECT MAX(version) FROM schema_version") \
            == latest_version("sqlite")
    assert latest_version("sqlite") == latest_version("postgresql") >= 10


# Schema version 12: the network page's period reads (date_hi >= since, with each event's kind)
# come from events_period_kind (date_hi, kind, date_lo), which replaces events_date_hi (date_hi).

def test_a_fresh_store_has_the_period_index(store: Store) -> None:
    indexes = _indexes(store, "events")
    assert "events_period_kind" in indexes
    assert "events_date_hi" not in indexes
    assert latest_version(store.dialect) == 12


def test_a_version_11_database_is_migrated(store: Store) -> None:
    twelve = migrations(store.dialect)[11]
    assert (twelve.version, twelve.name) == (12, "events_period_kind")
    with store.db.transaction():  # the events' indexes as version 11 left them
        store.db.execute("DROP INDEX events_period_kind")
        store.db.execute("CREATE INDEX events_date_hi ON events (date_hi)")
        store.db.execute("DELETE FROM schema_version WHERE version = 12")
    assert "events_period_kind" not in _indexes(store, "events")
    assert migrate(store.db) == 12
    indexes = _indexes(store, "events")
    assert "events_period_kind" in indexes and "events_date_hi" not in indexes
    assert store.db.scalar("SELECT MAX(version) FROM schema_version") == 12


def test_the_network_reads_the_period_from_the_index_alone(store: Store) -> None:
    if store.dialect != "sqlite":
        return  # PostgreSQL's plan depends on its statistics of an empty table
    sql = ("SELECT a.country AS a, b.country AS b, e.kind, COUNT(*) AS n FROM events e "
           "CROSS JOIN event_countries a CROSS JOIN event_countries b WHERE b.event_id = e.id "
           "AND a.country < b.country AND a.event_id = e.id AND e.date_hi >= ? "
           "GROUP BY a.country, b.country, e.kind")
    plan = " | ".join(str(r["detail"]) for r in store.db.query(f"EXPLAIN QUERY PLAN {sql}", ("2025-06",)))
    assert "USING COVERING INDEX events_period_kind" in plan, plan
