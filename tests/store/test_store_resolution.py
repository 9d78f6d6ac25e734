"""Cross-article resolution through the store, on SQLite and PostgreSQL."""

from __future__ import annotations

from kb_stories import (
    CONF_NAME,
    conference_reports,
    snapshot,
    two_aliyevs,
    two_meetings,
    visit_reports,
)

from dateline.store import Store


def _people(store: Store) -> dict[str, int]:
    return {r["name"]: r["id"] for r in store.db.query(
        "SELECT id, name FROM actors WHERE kind = 'person' ORDER BY id")}


def test_three_reports_of_one_visit_are_one_event_with_three_sources(store: Store) -> None:
    stats = store.add(visit_reports())
    assert (stats.added, stats.failed) == (3, 0)
    visits = store.list_events(kind="visit")
    assert visits.total == 1
    visit = store.get_event(visits.items[0].id)
    assert visit is not None
    assert visit.n_sources == 3 and len(visit.sources) == 3
    assert visit.status == "occurred" and visit.date.start == "2024-04-03"
    assert visit.countries == ["AZE", "KAZ"]
    assert visit.place is not None and visit.place.name == "Baku"
    assert [a.name for a in visit.source] == ["Berik Asylov"]
    urls = {s.article.url for s in visit.sources}
    assert urls == {"https://wire.example/kz-az-1", "https://daily.example/asylov-baku",
                    "https://news.example/asylov-visit"}
    for source in visit.sources:
        text = store.get_article(source.article.id).text  # type: ignore[union-attr]
        for ev in source.evidence:
            assert text[ev.trigger_start:ev.trigger_end] == ev.trigger_text
            assert text[ev.sentence_start:ev.sentence_end] == ev.sentence_text
    meetings = store.list_events(kind="meeting")
    assert meetings.total == 1 and meetings.items[0].n_sources == 2


def test_spelling_variants_and_initials_are_one_person(store: Store) -> None:
    store.add(visit_reports())
    people = _people(store)
    assert set(people) == {"Berik Asylov", "Kamran Aliyev"}
    aliyev = store.get_actor(people["Kamran Aliyev"])
    assert aliyev is not None
    assert set(aliyev.names) == {"Kamran Aliyev", "Kamran Aliev", "K. Aliyev"}
    assert aliyev.n_articles == 3 and aliyev.n_mentions == 3
    assert [(r.title, r.country, r.first_seen, r.last_seen, r.n_sources) for r in aliyev.roles] \
        == [("Prosecutor General", "AZE", "2024-04-03", "2024-04-04", 3)]


def test_planned_conference_later_held_is_one_occurred_event(store: Store) -> None:
    store.add(conference_reports())
    page = store.list_events(kind="gathering")
    assert page.total == 1
    event = store.get_event(page.items[0].id)
    assert event is not None
    assert event.status == "occurred"
    assert event.date.start == "2024-09-19" and event.date.precision == "day"
    assert event.name == CONF_NAME
    assert [(h.status, h.date.start, h.reported_on) for h in event.history] == [
        ("planned", "2024-09", "2024-06-10"), ("occurred", "2024-09-19", "2024-09-19")]


def test_conference_reports_in_reverse_order_merge_too(store: Store) -> None:
    store.add(list(reversed(conference_reports())))
    page = store.list_events(kind="gathering")
    assert page.total == 1 and page.items[0].status == "occurred"
    assert page.items[0].date.start == "2024-09-19"


def test_same_pair_on_different_days_stays_two_events(store: Store) -> None:
    store.add(two_meetings())
    page = store.list_events(kind="meeting")
    assert page.total == 2
    assert [e.date.start for e in page.items] == ["2024-05-20", "2024-03-12"]  # newest first
    assert len(_people(store)) == 2


def test_two_aliyevs_with_different_offices_are_two_people(store: Store) -> None:
    store.add([*visit_reports(), *two_aliyevs()])
    people = _people(store)
    assert "Ilham Aliyev" in people and "Kamran Aliyev" in people
    assert "Aliyev" not in people  # "President Aliyev" is Ilham
    ilham, kamran = people["Ilham Aliyev"], people["Kamran Aliyev"]
    assert [r.title for r in store.roles_of(ilham)] == ["President"]
    assert [r.title for r in store.roles_of(kamran)] == ["Prosecutor General"]
    call = store.list_events(kind="call").items[0]
    assert [a.id for a in call.source] == [ilham]


def test_reingest_changes_nothing(store: Store) -> None:
    pairs = [*visit_reports(), *conference_reports(), *two_meetings(), *two_aliyevs()]
    store.add(pairs)
    before = snapshot(store)
    stats = store.add(pairs)
    assert (stats.added, stats.skipped) == (0, len(pairs))
    assert snapshot(store) == before


def test_changed_text_at_same_url_replaces_contributions(store: Store) -> None:
    from kb_records import E, build, country, person

    store.add(two_meetings())
    assert store.list_events(kind="meeting").total == 2
    # The May story is corrected: the meeting was a phone call.
    text = ("BAKU, May 20. Azerbaijani Foreign Minister Jeyhun Bayramov held a phone call with "
            "his Turkish counterpart Hakan Fidan on Monday. Turkey backed the talks.")
    corrected = build(
        text, id="fm-2", published="2024-05-20", url="https://wire.example/fm-may",
        actors={"a1": person("Jeyhun Bayramov", title="Foreign Minister", country="AZE",
                             organization="Ministry of Foreign Affairs"),
                "a2": person("Hakan Fidan", title="Foreign Minister", country="TUR",
                             organization="Ministry of Foreign Affairs"),
                "a3": country("TUR", "Turkey")},
        events=[E("call", "phone call", ["a1"], ["a2"], ["AZE", "TUR"], "2024-05-20")])
    stats = store.add([corrected])
    assert stats.replaced == 1
    meetings = store.list_events(kind="meeting")
    assert meetings.total == 1 and meetings.items[0].date.start == "2024-03-12"
    assert store.list_events(kind="call").total == 1
    article = store.get_article("https://wire.example/fm-may")
    assert article is not None and "phone call" in article.text
    assert store.db.scalar("SELECT COUNT(*) FROM articles") == 2
    fidan = _people(store)["Hakan Fidan"]
    role = store.roles_of(fidan)[0]
    assert role.n_sources == 2 and role.last_seen == "2024-05-20"
    # the original text is an old text of that URL: never taken back (issue 15, defect 12)
    stats = store.add([two_meetings()[1]])
    assert (stats.replaced, stats.skipped) == (0, 1)
    assert store.list_events(kind="call").total == 1
    # a newer text that tells the meeting again brings back a meeting in May
    article, record = two_meetings()[1]
    article.text, record.id = article.text + " ", "fm-3"
    stats = store.add([(article, record)])
    assert stats.replaced == 1
    assert store.list_events(kind="meeting").total == 2
    assert store.list_events(kind="call").total == 0
