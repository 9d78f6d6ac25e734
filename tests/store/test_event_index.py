"""A batch's event candidates, asked at once, are what the per-report query reads (issue 18).

The writer resolves the actors of a whole batch, sends every report's candidate query together
(:mod:`dateline.store.event_index`) and holds the rows the reports add until it reads the event
tables again (:mod:`dateline.store.event_rows`). The answers must be what the query would read
at each report, with the events the batch itself wrote since (and an event's tally what the
writer would read), and the tables must end up as with one query and one statement at a time,
on SQLite and PostgreSQL.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from gold_replay import DEMO, GoldExtractor
from kb_stories import all_stories, conference_reports, org_story, snapshot, visit_reports

from dateline.article import Article
from dateline.ingest import iter_documents
from dateline.record import Record
from dateline.resolve.events import EventCandidate
from dateline.store import Store, open_store
from dateline.store.backend import Row
from dateline.store.event_index import CandidateIndex, EventState, Window
from dateline.store.event_rows import EventRows

Pair = tuple[Article, Record]


def _input() -> list[Pair]:
    """Reports of the same visits and conferences (several in one batch), the stories, the demo
    corpus, and the visits told again once they are known."""
    demo = [d for d in iter_documents([str(DEMO / "articles")]) if isinstance(d, Article)]
    pairs: list[Pair] = [*visit_reports(), *conference_reports(), *all_stories(), org_story()]
    pairs += [(d, r) for d, r in GoldExtractor().extract_many(demo) if isinstance(d, Article)]
    return [*pairs, *visit_reports()]


def _view(rows: list[Row]) -> list[tuple[Any, ...]]:
    columns = ("id", "kind", "status", "date_lo", "date_hi", "precision", "place_name",
               "place_country", "name", "countries")
    return sorted((*(r[c] for c in columns), r["person"] or 0) for r in rows)


@pytest.mark.parametrize("batch_size", [4, 64])
def test_the_answers_are_what_the_query_reads_at_each_report(
        store: Store, monkeypatch: pytest.MonkeyPatch, batch_size: int) -> None:
    answered = CandidateIndex.rows
    seen: list[tuple[int, int]] = []  # (rows answered, events the batch had written)

    def checked(self: CandidateIndex, sql: str, params: Sequence[object],
                report: EventCandidate, windows: Sequence[Window]) -> list[Row] | None:
        answer = answered(self, sql, params, report, windows)
        if answer is not None:
            store.writer.events.rows.flush()  # what the batch holds, written for the query
            assert _view(answer) == _view(store.db.query(sql, params)), report
            seen.append((len(answer), len(self._written)))
        return answer

    monkeypatch.setattr(CandidateIndex, "rows", checked)
    store.add(visit_reports()[:2])  # a visit known before the batches that report it again
    stats = store.add(_input(), batch_size=batch_size)
    assert stats.failed == 0 and stats.added >= 20
    assert len(seen) >= 20
    assert any(n >= 1 for n, _ in seen)  # known events among the answers
    assert any(w >= 1 for _, w in seen)  # and events the batch wrote before the report


@pytest.fixture
def other(store: Store, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Store]:
    """A second fresh store on the backend of ``store``."""
    if store.dialect == "sqlite":
        with open_store(str(tmp_path / "other.db")) as opened:
            yield opened
        return
    import psycopg

    base, schema = request.getfixturevalue("pg_url"), f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        with open_store(f"{base}{'&' if '?' in base else '?'}"
                        f"options={quote(f'-csearch_path={schema}')}") as opened:
            yield opened
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_asked_at_once_or_one_at_a_time_the_tables_are_the_same(
        store: Store, other: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.add(_input(), batch_size=64)
    # every report queries, every report joining an event reads its tally, and every row goes
    # out on its own, as before the batch's look-ups
    monkeypatch.setattr(CandidateIndex, "rows", lambda self, *args: None)
    monkeypatch.setattr(CandidateIndex, "grown", lambda self, *args: None)
    for name in ("source", "actor", "history", "country", "tally"):
        held = getattr(EventRows, name)

        def at_once(self: EventRows, *args: Any, _held: Any = held) -> None:
            _held(self, *args)
            self.flush()
        monkeypatch.setattr(EventRows, name, at_once)
    other.add(_input(), batch_size=64)
    assert snapshot(other) == snapshot(store)


EVENTS = [  # kind, status, precision, date_lo, date_hi
    ("meeting", "occurred", "day", "2024-05-20", "2024-05-20"),
    ("meeting", "planned", "month", "2024-06-01", "2024-06-30"),
    ("meeting", "planned", "day", "2024-06-10", "2024-06-10"),
    ("meeting", "occurred", None, "2024-05-22", "2024-05-23"),
    ("meeting", "planned", "year", "2025-01-01", "2025-12-31"),
    ("meeting", "occurred", "day", None, None),
    ("visit", "occurred", "day", "2024-05-21", "2024-05-21"),
]

WINDOWS = [
    Window("2024-05-21", "2024-05-19"),
    Window("2024-06-21", "2023-05-20", status="planned", coarse=True),
    Window("2025-06-30", "2024-04-30", status="occurred", on_lo=True),
    Window("2024-05-22", "2024-05-22"),
    Window("2024-12-31", "2024-06-30", status="planned", coarse=True),
]


def test_a_report_joining_an_event_of_its_batch_reads_nothing(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    grown = CandidateIndex.grown
    checked: list[bool] = []

    def compared(self: CandidateIndex, event_id: int, article_id: int,
                 local_id: str) -> tuple[str, bool] | None:
        found = grown(self, event_id, article_id, local_id)
        if found is not None:
            store.writer.events.rows.flush()
            row = store.db.query_one(
                "SELECT (SELECT tally FROM event_tallies WHERE event_id = ?) AS tally, EXISTS "
                "(SELECT 1 FROM event_sources WHERE article_id = ? AND event_id = ? AND "
                "local_id <> ?) AS seen", (event_id, article_id, event_id, local_id))
            assert row is not None and found == (row["tally"], bool(row["seen"]))
            checked.append(found[1])
        return found

    monkeypatch.setattr(CandidateIndex, "grown", compared)
    store.add(_input(), batch_size=64)
    assert len(checked) >= 3  # the visit's and the conference's reports after the first


def test_a_window_tests_an_event_as_its_sql_does(store: Store) -> None:
    with store.db.transaction():
        for kind, status, precision, lo, hi in EVENTS:
            store.db.insert("INSERT INTO events (kind, type, status, precision, date_lo, "
                            "date_hi, confidence, n_sources) VALUES (?, 'CONSULT', ?, ?, ?, ?, "
                            "0.9, 1) RETURNING id", (kind, status, precision, lo, hi))
    ids = [r["id"] for r in store.db.query("SELECT id FROM events ORDER BY id")]
    states = dict(zip(ids, (EventState(*event, None) for event in EVENTS), strict=True))
    matched = 0
    for window in WINDOWS:
        by_sql = {r["id"] for r in store.db.query(f"SELECT id FROM events e WHERE {window.sql()}",
                                                   window.params())}
        assert by_sql == {i for i, state in states.items() if window.holds(state)}, window
        matched += len(by_sql)
    assert matched >= 5
