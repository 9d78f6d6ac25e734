"""The read API the web layer uses, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from kb_stories import CONF_NAME, all_stories, org_story

from dateline.errors import SchemaError, UsageError
from dateline.store import Store, open_store


@pytest.fixture
def kb(store: Store) -> Store:
    store.add([*all_stories(), org_story()])
    return store


def _person(store: Store, name: str) -> int:
    return int(store.db.scalar("SELECT id FROM actors WHERE kind = 'person' AND name = ?",
                               (name,)))


def test_list_events_filters_and_pages(kb: Store) -> None:
    everything = kb.list_events(limit=100)
    assert everything.total == len(everything.items) == 8
    dates = [e.date.start for e in everything.items]
    assert dates == sorted(dates, reverse=True)
    assert kb.list_events(country="TUR").total == 2
    assert kb.list_events(country="kaz", kind="visit").total == 1
    assert kb.list_events(kind=["visit", "meeting"]).total == 5
    assert kb.list_events(status="planned").total == 0
    assert kb.list_events(since="2024-05", until="2024-06").total == 3
    assert kb.list_events(since="2024-09-01").total == 2
    asylov = _person(kb, "Berik Asylov")
    assert kb.list_events(person=asylov).total == 3
    assert kb.list_events(person="asylov").total == 3
    assert kb.list_events(organization="IAP").total == 1
    assert kb.list_events(source="Daily Two").total == 1
    assert kb.list_events(q="caspian").items[0].name == CONF_NAME
    assert kb.list_events(q="cross-border crime").total == 2  # full-text over the articles
    page = kb.list_events(limit=2, offset=2)
    assert page.total == 8 and [e.id for e in page.items] == [e.id for e in everything.items[2:4]]


def test_a_search_pages_through_its_matches_newest_first(kb: Store) -> None:
    every = kb.list_events(q="cross-border crime", limit=50)
    assert every.total == 2 and every.total_capped  # candidate sets are cut: a lower bound
    dates = [e.date.start for e in every.items]
    assert dates == sorted(dates, reverse=True)
    second = kb.list_events(q="cross-border crime", limit=1, offset=1)
    assert second.total == 2 and [e.id for e in second.items] == [every.items[1].id]
    past = kb.list_events(q="cross-border crime", limit=5, offset=5)
    assert past.total == 2 and past.items == []


def test_get_event_has_evidence_sources_and_history(kb: Store) -> None:
    visit = kb.list_events(kind="visit").items[0]
    detail = kb.get_event(visit.id)
    assert detail is not None
    assert detail.to_dict()["sources"][0]["article"]["url"].startswith("https://")
    assert {s.article.source for s in detail.sources} == {"Wire One", "Daily Two", "News Three"}
    assert len(detail.history) == 3 and {h.status for h in detail.history} == {"occurred"}
    assert kb.get_event(999_999) is None


def test_who_held_and_roles_of(kb: Store) -> None:
    held = kb.who_held("Prosecutor General", "KAZ", "2024-05")
    assert [(r.person.name, r.covers) for r in held] == [("Berik Asylov", True)]
    assert kb.who_held("prosecutor-general", "AZE", "2024-04-03")[0].person.name == "Kamran Aliyev"
    later = kb.who_held("Prosecutor General", "AZE", "2025-01")
    assert [(r.person.name, r.covers) for r in later] == [("Kamran Aliyev", False)]
    assert kb.who_held("Foreign Minister", "TUR", "2024-04")[0].person.name == "Hakan Fidan"
    roles = kb.roles_of(_person(kb, "Berik Asylov"))
    assert [(r.title, r.first_seen, r.last_seen) for r in roles] == [
        ("Prosecutor General", "2024-04-03", "2024-10-08")]
    with pytest.raises(UsageError):
        kb.who_held("President", "AZE", "April")


def test_get_actor_person_org_country(kb: Store) -> None:
    asylov = kb.get_actor(_person(kb, "Berik Asylov"))
    assert asylov is not None and asylov.actor.kind == "person"
    assert asylov.actor.title == "Prosecutor General" and asylov.actor.country == "KAZ"
    assert [e.date.start for e in asylov.events][0] == "2024-05-02"
    assert asylov.counterparts[0].actor.name == "Kamran Aliyev"
    office = asylov.roles[0].organization_id
    assert office is not None
    org = kb.get_actor(office)
    assert org is not None and org.actor.kind == "organization"
    assert {r.person.name for r in org.officials} == {"Berik Asylov"}
    iap = kb.list_events(organization="IAP").items[0].source[0]
    assert kb.get_actor(iap.id).acronym == "IAP"  # type: ignore[union-attr]
    aze = int(kb.db.scalar("SELECT id FROM actors WHERE kind = 'country' AND key = 'AZE'"))
    country = kb.get_actor(aze)
    assert country is not None and {r.person.name for r in country.officials} >= {
        "Kamran Aliyev", "Ilham Aliyev", "Jeyhun Bayramov"}
    assert kb.get_actor(123_456) is None


def test_get_country(kb: Store) -> None:
    aze = kb.get_country("aze")
    assert aze.name == "Azerbaijan" and aze.n_events == 7
    assert aze.partners[0].code == "KAZ" and aze.partners[0].count == 5
    assert {k.period for k in aze.kinds_over_time} >= {"2024-04", "2024-09"}
    assert aze.officials[0].person.country == "AZE"


def test_events_between(kb: Store) -> None:
    aze_tur = kb.events_between("AZE", "TUR")
    assert [e.date.start for e in aze_tur.items] == ["2024-05-20", "2024-03-12"]
    ilham, asylov = _person(kb, "Ilham Aliyev"), _person(kb, "Berik Asylov")
    assert kb.events_between(ilham, asylov).total == 1
    assert kb.events_between(ilham, "KAZ").total == 2


def test_search(kb: Store) -> None:
    found = kb.search("Asylov")
    assert found.articles and "[Asylov]" in (found.articles[0].snippet or "")
    assert [p.name for p in found.people] == ["Berik Asylov"]
    assert found.events
    assert "Kamran Aliyev" in {p.name for p in kb.search("Kamran Aliev").people}  # variants
    assert kb.search("Aliyeva").people == []
    assert [c.name for c in kb.search("azerb").countries] == ["Azerbaijan"]
    assert kb.search("prosecutors").organizations
    assert kb.search('"; DROP TABLE articles; --').articles == []
    assert kb.search("").articles == []


def test_network(kb: Store) -> None:
    net = kb.network(level="country")
    edges = {(e.source, e.target): e for e in net.edges}
    assert edges[("AZE", "KAZ")].weight == 5
    assert edges[("AZE", "TUR")].kinds == {"meeting": 2}
    assert {n.id for n in net.nodes} >= {"AZE", "KAZ", "TUR", "IRN", "RUS", "TKM"}
    people = kb.network(level="person", kind="call")
    assert {n.label for n in people.nodes} == {"Ilham Aliyev", "Kassym-Jomart Tokayev"}
    assert people.edges[0].weight == 1
    assert kb.network(since="2025").nodes == []
    with pytest.raises(UsageError):
        kb.network(level="galaxy")


def test_network_counts_events_per_pair_and_kind(kb: Store) -> None:
    """The edges' kinds in kind order on both stores (PostgreSQL's hash aggregate gave them in
    any order), their weight the events shared, the lists ordered by weight then id."""
    net = kb.network(level="country")
    assert [(e.source, e.target, e.weight, e.kinds) for e in net.edges[:2]] == [
        ("AZE", "KAZ", 5, {"call": 1, "gathering": 1, "meeting": 2, "visit": 1}),
        ("AZE", "TUR", 2, {"meeting": 2})]
    assert [(n.id, n.weight) for n in net.nodes[:3]] == [("AZE", 7), ("KAZ", 6), ("TUR", 2)]
    assert [e for e in net.edges if e.weight != sum(e.kinds.values())
            or list(e.kinds) != sorted(e.kinds) or e.source >= e.target] == []
    keys = [(-e.weight, e.source, e.target) for e in net.edges]
    assert keys == sorted(keys)
    people = kb.network(level="person")
    assert all(n.kind == "person" and n.label for n in people.nodes)
    assert people.model_validate_json(people.model_dump_json()) == people


def test_calendar_and_stats(store: Store) -> None:
    from kb_stories import conference_reports

    store.add(conference_reports()[:1])
    cal = store.calendar()
    assert [m.month for m in cal.months] == ["2024-09"]
    assert cal.months[0].events[0].status == "planned"
    stats = store.stats(today="2024-07-01")
    assert stats.upcoming and stats.upcoming[0].name == CONF_NAME
    assert stats.events_by_status == {"planned": 1}
    store.add(conference_reports()[1:])
    assert store.calendar().months == []
    stats = store.stats(today="2024-07-01")
    assert stats.upcoming == [] and stats.recent[0].status == "occurred"
    assert stats.to_dict()["events_by_kind"] == {"gathering": 1}


def test_get_article_links_record_to_canonical_ids(kb: Store) -> None:
    article = kb.get_article("https://daily.example/asylov-baku")
    assert article is not None
    assert article.article.source == "Daily Two" and article.text.startswith("Prosecutor General")
    assert article.record["id"] == "visit-2"
    assert article.actors["a1"].name == "Kamran Aliyev"  # canonical name for "Kamran Aliev"
    event = kb.get_event(article.events["e1"])
    assert event is not None and event.kind == "visit"
    assert kb.get_article(article.article.id) == article
    assert kb.get_article(10**9) is None


def test_schema_newer_than_code_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "kb.db")
    with open_store(path) as store:
        store.db.execute("INSERT INTO schema_version (version, name, applied_at) "
                         "VALUES (99, 'future', 'x')")
    with pytest.raises(SchemaError):
        open_store(path)
