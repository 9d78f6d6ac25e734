"""Schema version 12: the network page's period reads (date_hi >= since, with each event's kind)
come from events_period_kind (date_hi, kind, date_lo), which replaces events_date_hi (date_hi)."""

from __future__ import annotations

from dateline.store import Store
from dateline.store.schema import latest_version, migrate, migrations


def _event_indexes(store: Store) -> set[str]:
    if store.dialect == "sqlite":
        return {r["name"] for r in store.db.query(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
            "AND sql IS NOT NULL")}
    return {r["indexname"] for r in store.db.query(
        "SELECT indexname FROM pg_indexes WHERE tablename = 'events' AND "
        "schemaname = current_schema()")}


def test_a_fresh_store_has_the_period_index(store: Store) -> None:
    indexes = _event_indexes(store)
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
    assert "events_period_kind" not in _event_indexes(store)
    assert migrate(store.db) == 12
    indexes = _event_indexes(store)
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
