"""event_actors and event_countries carry their event's date and kind (schema version 7 for
event_actors.kind): the writer keeps them in step through adds, plans fulfilled and replaced
texts, migration 7 fills the kind of rows stored before it, and the actor pages' events by month
and kind read them instead of looking each event up. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter

import pytest
from kb_records import E, build, country, person
from kb_stories import all_stories, org_story

from dateline.store import Store
from dateline.store.schema import migrations

MISMATCHED = (
    "SELECT COUNT(*) FROM {table} x JOIN events e ON e.id = x.event_id "
    "WHERE x.kind IS DISTINCT FROM e.kind OR x.date_lo IS DISTINCT FROM e.date_lo")


def _mismatched(store: Store) -> dict[str, int]:
    """Rows whose copied kind or date differ from their event's (SQLite's IS NOT is the
    standard IS DISTINCT FROM)."""
    sql = MISMATCHED if store.dialect == "postgresql" else \
        MISMATCHED.replace("IS DISTINCT FROM", "IS NOT")
    return {table: int(store.db.scalar(sql.format(table=table)))
            for table in ("event_actors", "event_countries")}


def _revised(day: str) -> tuple:
    """The first visit report's URL again, its text corrected to another day."""
    text = (f" date {day}\nBAKU. Kazakhstan's Prosecutor General Berik Asylov arrived in Baku "
            "on an official visit and met Azerbaijani Prosecutor General Kamran Aliyev.")
    return build(text, id="visit-1", published=day, url="https://wire.example/kz-az-1",
                 source="Wire One", actors={
                     "a1": person("Berik Asylov", title="Prosecutor General", country="KAZ",
                                  organization="Prosecutor General's Office"),
                     "a2": person("Kamran Aliyev", title="Prosecutor General", country="AZE",
                                  organization="Prosecutor General's Office"),
                     "a3": country("AZE", "Azerbaijan", "Azerbaijani")},
                 events=[E("visit", "arrived", ["a1"], ["a2"], ["AZE", "KAZ"], day,
                           place=("Baku", "AZE"))])


def _months_from_events(store: Store, actor_id: int) -> Counter[tuple[str, str]]:
    """An actor's events by month and kind, counted from the events themselves."""
    return Counter({(r["period"], r["kind"]): r["n"] for r in store.db.query(
        "SELECT substr(e.date_lo, 1, 7) AS period, e.kind, COUNT(*) AS n FROM events e "
        "WHERE e.id IN (SELECT event_id FROM event_actors WHERE actor_id = ?) AND e.date_lo "
        "IS NOT NULL GROUP BY substr(e.date_lo, 1, 7), e.kind", (actor_id,))})


@pytest.fixture
def kb(store: Store) -> Store:
    store.add([*all_stories(), org_story()])
    return store


def test_party_rows_carry_the_kind_and_date_of_their_event(kb: Store) -> None:
    assert _mismatched(kb) == {"event_actors": 0, "event_countries": 0}
    kinds = {r["kind"] for r in kb.db.query("SELECT DISTINCT kind FROM event_actors")}
    assert kinds == {"visit", "meeting", "call", "gathering"}
    # the plan of September, held on the 19th: the event's date moved, its rows with it
    held = kb.db.scalar("SELECT date_lo FROM events WHERE kind = 'gathering' AND name LIKE "
                        "'Meeting of Prosecutors%'")
    assert held == "2024-09-19"


def test_a_corrected_text_moves_the_rows_with_its_event(kb: Store) -> None:
    before = kb.db.scalar("SELECT COUNT(*) FROM event_actors")
    stats = kb.add([_revised("2024-04-20")])
    assert stats.replaced == 1
    assert _mismatched(kb) == {"event_actors": 0, "event_countries": 0}
    assert kb.db.scalar("SELECT COUNT(*) FROM event_actors WHERE date_lo = '2024-04-20' AND "
                        "kind = 'visit'") > 0
    assert kb.db.scalar("SELECT COUNT(*) FROM event_actors") < before  # the meeting left


def test_an_actor_page_counts_its_events_by_month_and_kind(kb: Store) -> None:
    for name in ("Berik Asylov", "Kamran Aliyev", "Azerbaijan"):
        actor_id = int(kb.db.scalar("SELECT id FROM actors WHERE name = ?", (name,)))
        detail = kb.get_actor(actor_id)
        assert detail is not None
        got = Counter({(k.period, k.kind): k.count for k in detail.kinds_over_time})
        if name == "Azerbaijan":  # a country: every event it takes part in
            want = Counter({(r["period"], r["kind"]): r["n"] for r in kb.db.query(
                "SELECT substr(date_lo, 1, 7) AS period, kind, COUNT(*) AS n FROM events "
                "WHERE ';' || countries || ';' LIKE '%;AZE;%' GROUP BY 1, 2")})
        else:
            want = _months_from_events(kb, actor_id)
        assert got == want and sum(got.values()) > 1
    asylov = int(kb.db.scalar("SELECT id FROM actors WHERE name = 'Berik Asylov'"))
    detail = kb.get_actor(asylov)
    assert detail is not None
    assert {(k.period, k.kind) for k in detail.kinds_over_time} >= {
        ("2024-04", "visit"), ("2024-04", "meeting"), ("2024-05", "meeting")}


def test_migration_7_fills_the_kind_of_stored_rows(kb: Store) -> None:
    seven = migrations(kb.dialect)[6]
    assert seven.version == 7
    desc = "DESC NULLS LAST" if kb.dialect == "postgresql" else "DESC"
    with kb.db.transaction():  # the table as version 6 left it
        kb.db.execute("DROP INDEX event_actors_actor_date")
        kb.db.execute("ALTER TABLE event_actors DROP COLUMN kind")
        kb.db.execute(f"CREATE INDEX event_actors_actor_date ON event_actors "
                      f"(actor_id, date_lo {desc}, event_id DESC)")
        kb.db.run_script(seven.sql)
    assert _mismatched(kb) == {"event_actors": 0, "event_countries": 0}
    assert kb.db.scalar("SELECT COUNT(*) FROM event_actors WHERE kind IS NULL") == 0
    kamran = int(kb.db.scalar("SELECT id FROM actors WHERE name = 'Kamran Aliyev'"))
    detail = kb.get_actor(kamran)
    assert detail is not None
    assert Counter({(k.period, k.kind): k.count for k in detail.kinds_over_time}) == \
        _months_from_events(kb, kamran)
