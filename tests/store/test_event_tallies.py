"""A report added to a known event is folded into the event's tally (event_tallies) without
reading its other reports, and the rows come out as a full re-aggregation writes them: through
repeated coverage, a plan and its holding, a corrected text and events stored before the tallies.
On SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kb_records import E, build, person
from kb_stories import all_stories, org_story, snapshot, visit_reports
from test_event_party_rows import _revised

from dateline.store import Store

TABLES = ("events", "event_countries", "event_actors", "event_tallies")


def _copies(n: int) -> list[Any]:
    """The visit's three reports again, ``n`` times, each copy a new article (new URL)."""
    out = []
    for copy in range(1, n + 1):
        for article, record in visit_reports():
            url = f"{article.url}?copy={copy}"
            doc_id = f"{article.id}~{copy}"
            out.append((dataclasses.replace(article, url=url, id=doc_id),
                        record.model_copy(update={"url": url, "id": doc_id})))
    return out


def _twice_told() -> Any:
    """One article telling the same meeting twice (two reports of one event)."""
    text = ("ANKARA, March 12. Foreign Minister Jeyhun Bayramov met Turkish Foreign Minister "
            "Hakan Fidan in Ankara on Tuesday. The two ministers talked again over dinner.")
    actors = {"a1": person("Jeyhun Bayramov", title="Foreign Minister", country="AZE"),
              "a2": person("Hakan Fidan", title="Foreign Minister", country="TUR")}
    return build(text, id="fm-twice", published="2024-03-12", url="https://daily.example/fm",
                 actors=actors, events=[
                     E("meeting", "met", ["a1"], ["a2"], ["AZE", "TUR"], "2024-03-12",
                       place=("Ankara", "TUR")),
                     E("meeting", "talked", ["a1"], ["a2"], ["AZE", "GEO", "TUR"],
                       "2024-03-12", confidence=0.6)])


def _rows(store: Store) -> dict[str, Any]:
    found = snapshot(store)
    return {table: found[table] for table in TABLES}


def _after_full_refresh(store: Store) -> dict[str, Any]:
    """The rows once every event is re-aggregated from all its reports (then rolled back)."""
    ids = [r["id"] for r in store.db.query("SELECT id FROM events")]
    rows: dict[str, Any] = {}

    class Undo(Exception):
        pass

    try:
        with store.db.transaction():
            store.writer.events.refresh(ids)
            rows = _rows(store)
            raise Undo
    except Undo:
        pass
    return rows


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """The SQL of every read the store's backend runs meanwhile."""
    seen: list[str] = []
    db = store.db
    originals = {name: getattr(db, name) for name in ("query", "query_one", "query_later")}

    def wrap(name: str) -> Any:
        def call(sql: str, params: Any = ()) -> Any:
            seen.append(sql)
            return originals[name](sql, params)
        return call

    for name in originals:
        setattr(db, name, wrap(name))
    try:
        yield seen
    finally:
        for name in originals:
            delattr(db, name)


def test_folded_reports_give_the_rows_of_a_full_reaggregation(store: Store) -> None:
    for pair in [*all_stories(), org_story(), *_copies(3), _twice_told()]:  # one a batch
        store.add([pair])
    twice = store.db.query_one("SELECT e.n_sources, COUNT(*) AS reports FROM events e JOIN "
                               "event_sources s ON s.event_id = e.id WHERE s.article_id = (SELECT "
                               "id FROM articles WHERE doc_id = 'fm-twice') GROUP BY e.id, "
                               "e.n_sources")
    assert twice is not None and (twice["n_sources"], twice["reports"]) == (2, 2)
    assert store.list_events(country="GEO").total == 1  # the second telling adds a country
    assert store.db.scalar("SELECT MAX(n_sources) FROM events") == 12  # 3 visit reports x 4
    assert store.db.scalar("SELECT COUNT(*) FROM event_tallies") == \
        store.db.scalar("SELECT COUNT(*) FROM events")
    assert _rows(store) == _after_full_refresh(store)


def test_a_new_report_does_not_read_the_events_other_reports(store: Store) -> None:
    store.add([*visit_reports(), *_copies(4)])
    visit = store.list_events(kind="visit").items[0]
    assert visit.n_sources == 15
    with statements(store) as seen:
        store.add(_copies(5)[-3:])  # a fifth copy: three more reports of the visit
    assert store.get_event(visit.id).n_sources == 18  # type: ignore[union-attr]
    reads = " ".join(" ".join(s.split()) for s in seen)
    assert "FROM event_tallies" in reads
    assert "FROM event_sources WHERE event_id = ? ORDER BY id" not in reads
    assert _rows(store) == _after_full_refresh(store)


def test_a_corrected_text_and_events_without_a_tally_are_reaggregated(store: Store) -> None:
    store.add([*all_stories(), *_copies(2)])
    store.add([_revised("2024-04-20")])  # the first visit report, moved to another day
    assert _rows(store) == _after_full_refresh(store)
    with store.db.transaction():  # as a store migrated to version 8 has them: none
        store.db.execute("DELETE FROM event_tallies")
    with statements(store) as seen:
        store.add(_copies(3)[-3:])
    assert any("FROM event_sources WHERE event_id = ? ORDER BY id" in " ".join(s.split())
               for s in seen)  # read once per event, which gets its tally back
    touched = store.db.scalar("SELECT COUNT(*) FROM event_tallies")
    assert 0 < touched < store.db.scalar("SELECT COUNT(*) FROM events")
    now, full = _rows(store), _after_full_refresh(store)
    assert set(now.pop("event_tallies")) < set(full.pop("event_tallies"))
    assert now == full
