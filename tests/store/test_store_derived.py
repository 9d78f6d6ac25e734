"""Resolve output the store keeps for its read queries: the place keys behind the place filter
(SQL) and the invitation scores behind the calendar's invitation links. Each gives what its rule
gives when applied in Python to the stored records (as the web layer did before the store kept
them), and a database written before schema version 3 gets them when it is opened."""

from __future__ import annotations

from typing import Any

import pytest
from gold_replay import DEMO, GoldExtractor
from kb_stories import snapshot

from dateline.jobs import ingest
from dateline.resolve.invitations import (  # the rule, re-applied
    _ACRONYM,
    TARGET_KINDS,
    Candidate,
    _generic,
    _is_igo,
    extended_before,
    pick_target,
)
from dateline.resolve.names import fold
from dateline.resolve.places import parse_place
from dateline.store import Store, open_store
from dateline.store.models import EventSummary

pytestmark = pytest.mark.skipif(not (DEMO / "gold").is_dir(), reason="demo corpus not present")

PLACES = ["Baku", "baku", "AZE", "Azerbaijan", "Azerbaijani", "Astana", "Tashkent", "UZB", "KAZ",
          "Kazakh", "Ashgabat", "Bishkek", "Dushanbe", "Moscow", "New York", "York", "Atlantis",
          "Geneva", "Samarkand", "TKM", "---"]


@pytest.fixture
def demo(store: Store) -> Store:
    ingest([str(DEMO)], store, GoldExtractor())
    return store


def _events(store: Store) -> list[EventSummary]:
    return store.list_events(limit=100_000).items


@pytest.mark.parametrize("filters", [{}, {"kind": "visit"}, {"country": "AZE"},
                                     {"since": "2024-09", "until": "2024-11"}])
def test_the_place_filter_is_the_rule(demo: Store, filters: dict[str, Any]) -> None:
    events = demo.list_events(**filters, limit=100_000).items
    for text in PLACES:
        where = parse_place(text)
        assert where is not None
        expected = [e.id for e in events
                    if where.matches(e.place.name if e.place else None,
                                     e.place.country if e.place else None)]
        page = demo.list_events(**filters, place=text, limit=100_000)
        assert [e.id for e in page.items] == expected, text
        assert page.total == len(expected)
        assert [e.id for e in demo.list_events(**filters, place=where, limit=3,
                                               offset=1).items] == expected[1:4]


def test_the_calendar_place_filter_is_the_rule(demo: Store) -> None:
    everything = demo.calendar("2023", "2026")
    for text in PLACES:
        where = parse_place(text)
        assert where is not None
        expected = [e.id for m in everything.months for e in m.events
                    if where.matches(e.place.name if e.place else None,
                                     e.place.country if e.place else None)]
        assert [e.id for m in demo.calendar("2023", "2026", place=text).months
                for e in m.events] == expected, text


def _reference_links(store: Store, targets: list[EventSummary]) -> dict[int, list[int]]:
    """The invitation links recomputed from the stored records and texts at request time, as
    dateline/serve/invitations.py did before the store kept the scores."""
    by_id = {t.id: t for t in targets}
    articles = sorted({s.article.id for t in targets
                       for s in (store.get_event(t.id).sources or [])})  # type: ignore[union-attr]
    found: dict[int, set[int]] = {t.id: set() for t in targets}
    for article_id in articles:
        detail = store.get_article(article_id)
        assert detail is not None
        records = detail.record["events"]
        mentions = []
        for e in records:
            canonical = detail.events[e["id"]]
            if e["kind"] in TARGET_KINDS and (e["status"] == "planned" or canonical in by_id):
                name = fold(e.get("name") or "")
                words = {w for w in name.split() if len(w) >= 4 and w not in _generic()}
                acronyms = {c for c in e.get("countries", []) if _is_igo(c)}
                mentions.append((canonical, e, words, acronyms))
        for inv in records:
            if inv["kind"] != "invitation":
                continue
            start, end = inv["sentence"]
            sentence = detail.text[start:end]
            words, acronyms = set(fold(sentence).split()), set(_ACRONYM.findall(sentence))
            target = pick_target([Candidate(
                canonical, e["sentence"][0],
                len(w & words) + 2 * len(a & acronyms)
                + (2 if start <= e["trigger"]["start"] < end else 0))
                for canonical, e, w, a in mentions], start)
            if target not in by_id:
                continue
            invitation = store.get_event(detail.events[inv["id"]])
            assert invitation is not None
            if extended_before(invitation.date.start, detail.article.published,
                               by_id[target].date.start):
                found[target].add(invitation.id)
    return {t: sorted(ids) for t, ids in found.items()}


def test_invitation_links_are_the_rule(demo: Store) -> None:
    events = [e for e in _events(demo) if e.kind != "invitation"]
    planned = [e for e in events if e.status == "planned"]
    gatherings = [e for e in events if e.kind in ("gathering", "multilateral")]
    linked = 0
    for targets in (events, planned, gatherings, gatherings[:5], []):
        links = demo.invitations_to(targets)
        assert {t: sorted(i.id for i in inv) for t, inv in links.items()} == \
            _reference_links(demo, targets)
        for invitations in links.values():
            assert [(i.date.start or "", i.id) for i in invitations] == \
                sorted((i.date.start or "", i.id) for i in invitations)
        linked += sum(map(len, links.values()))
    assert linked > 0


def test_a_version_2_database_gets_the_derived_rows(demo: Store) -> None:
    before = snapshot(demo)
    assert before["invitation_scores"]
    latest = demo.schema_version
    desc = "DESC NULLS LAST" if demo.dialect == "postgresql" else "DESC"
    for statement in ("DROP INDEX articles_content_hash",
                      "DROP TABLE event_tallies", "DROP INDEX event_actors_actor_date",
                      "ALTER TABLE event_actors DROP COLUMN kind",
                      f"CREATE INDEX event_actors_actor_date ON event_actors (actor_id, date_lo "
                      f"{desc}, event_id DESC)",
                      "DROP TABLE superseded_texts", "DROP TABLE invitation_scores",
                      "DROP INDEX events_place_key", "DROP INDEX events_place_country",
                      "ALTER TABLE events DROP COLUMN place_key",
                      "ALTER TABLE actors DROP COLUMN aliases",
                      "ALTER TABLE articles DROP COLUMN lang",
                      "DELETE FROM schema_version WHERE version >= 3"):
        demo.db.execute(statement)
    with open_store(demo.db.url) as reopened:
        assert reopened.schema_version == latest >= 9
        after = snapshot(reopened)
        # the tallies come back event by event, when an event is next reported
        assert after.pop("event_tallies") == [] and before.pop("event_tallies")
        assert after == before
