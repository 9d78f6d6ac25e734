"""The same report under a new URL is a new source of the same people and events, not new ones;
bare surnames never multiply; undated events reported twice (issue 18, the cost curve). Runs on
SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

from kb_records import E, build, country, person

from dateline.article import Article
from dateline.record import Record, Trigger
from dateline.store import Store

Pair = tuple[Article, Record]

# A story whose extraction has what made copies multiply: a bare surname with no country
# ("Okonkwo"), a word the people stage took for a person ("Telegram"), and an undated visit
# (no date in the text, no publication date) beside a dated meeting.
STORY = ("ABUJA - Ghana's Foreign Minister Samuel Ablakwa met Nigerian Foreign Minister Yusuf "
         "Tuggar in Abuja on 12 March 2024. Ablakwa later visited the ECOWAS secretariat. "
         "Okonkwo, a ministry spokesman, said the talks were frank. The ministry posted photos "
         "on Telegram.")


def _story(url: str, *, published: str | None = None, doc_id: str = "story") -> Pair:
    return build(STORY, id=doc_id, published=published, url=url, source="Wire Desk",
                 actors={"a1": person("Samuel Ablakwa", "Samuel Ablakwa", title="Foreign Minister",
                                      country="GHA"),
                         "a2": person("Yusuf Tuggar", title="Foreign Minister", country="NGA"),
                         "a3": person("Ablakwa", "Ablakwa later"),
                         "a4": person("Okonkwo", "Okonkwo", title="spokesman"),
                         "a5": person("Telegram", "Telegram"),
                         "a6": country("GHA", "Ghana"),
                         "a7": country("NGA", "Nigeria", "Nigerian")},
                 events=[E("meeting", "met", ["a1"], ["a2"], ["GHA", "NGA"], "2024-03-12",
                           place=("Abuja", "NGA")),
                         E("visit", "visited", ["a3"], [], ["GHA"])])


def _count(store: Store) -> dict[str, int]:
    tables = {"people": "actors WHERE kind = 'person'", "actors": "actors", "events": "events",
              "reports": "event_sources", "articles": "articles"}
    return {name: int(store.db.scalar(f"SELECT COUNT(*) FROM {sql}")) for name, sql in tables.items()}


def _actor_ids(store: Store, url: str) -> dict[str, int]:
    rows = store.db.query("SELECT aa.local_id, aa.actor_id FROM article_actors aa JOIN articles a "
                          "ON a.id = aa.article_id WHERE a.url = ?", (url,))
    return {r["local_id"]: r["actor_id"] for r in rows}


def _event_ids(store: Store, url: str) -> dict[str, int]:
    rows = store.db.query("SELECT s.local_id, s.event_id FROM event_sources s JOIN articles a "
                          "ON a.id = s.article_id WHERE a.url = ?", (url,))
    return {r["local_id"]: r["event_id"] for r in rows}


def test_the_same_report_under_new_urls_adds_sources_not_actors_or_events(store: Store) -> None:
    store.add([_story("https://wire.example/gh-ng")])
    first = _count(store)
    assert first["events"] == 2 and first["people"] == 4  # "Ablakwa" is Samuel Ablakwa
    store.add([_story("https://mirror.example/gh-ng")])  # a later batch
    store.add([_story("https://aggregator.example/1"), _story("https://aggregator.example/2")])
    after = _count(store)
    assert after == {**first, "reports": 4 * first["reports"], "articles": 4}
    urls = ["https://wire.example/gh-ng", "https://mirror.example/gh-ng",
            "https://aggregator.example/1", "https://aggregator.example/2"]
    assert len({tuple(sorted(_actor_ids(store, u).items())) for u in urls}) == 1
    assert len({tuple(sorted(_event_ids(store, u).items())) for u in urls}) == 1
    events = store.list_events(limit=10).items
    assert sorted((e.kind, e.n_sources) for e in events) == [("meeting", 4), ("visit", 4)]
    undated = next(e for e in events if e.kind == "visit")
    assert undated.date.start is None


def test_a_copy_in_the_same_batch_and_a_dated_copy_join_the_same_events(store: Store) -> None:
    store.add([_story("https://wire.example/gh-ng"),
               _story("https://mirror.example/gh-ng", published="2024-03-13")])
    counts = _count(store)
    assert (counts["events"], counts["reports"], counts["people"]) == (2, 4, 4)
    assert _event_ids(store, "https://wire.example/gh-ng") == \
        _event_ids(store, "https://mirror.example/gh-ng")


def test_a_copy_read_by_other_rules_is_resolved_as_usual(store: Store) -> None:
    store.add([_story("https://wire.example/gh-ng")])
    article, record = _story("https://mirror.example/gh-ng")
    visit = record.events[1]
    moved = visit.model_copy(update={"kind": "meeting", "trigger": Trigger(
        text="visited", start=visit.trigger.start, end=visit.trigger.end)})
    store.add([(article, record.model_copy(update={"events": [record.events[0], moved]}))])
    counts = _count(store)
    # the meeting is the copy's; the undated "meeting" no earlier copy told has no date to
    # compare: an event of its own
    assert (counts["events"], counts["reports"]) == (3, 4)
    assert _event_ids(store, "https://mirror.example/gh-ng")["e1"] == \
        _event_ids(store, "https://wire.example/gh-ng")["e1"]


def test_undated_events_of_different_reports_stay_apart(store: Store) -> None:
    """Two texts that tell an undated visit of the same minister: nothing says when either was,
    so they are two events (the same text again is one: the tests above)."""
    one = build("Ghana's Foreign Minister Samuel Ablakwa visited Lome for talks on the border.",
                id="u1", published=None, url="https://wire.example/u1",
                actors={"a1": person("Samuel Ablakwa", title="Foreign Minister", country="GHA")},
                events=[E("visit", "visited", ["a1"], [], ["GHA", "TGO"])])
    two = build("Foreign Minister Samuel Ablakwa of Ghana visited Lome, where he met traders.",
                id="u2", published=None, url="https://wire.example/u2",
                actors={"a1": person("Samuel Ablakwa", title="Foreign Minister", country="GHA")},
                events=[E("visit", "visited", ["a1"], [], ["GHA", "TGO"])])
    store.add([one])
    store.add([two])
    counts = _count(store)
    assert (counts["people"], counts["events"], counts["reports"]) == (1, 2, 2)
    store.add([(replace(two[0], url="https://mirror.example/u2"),
                two[1].model_copy(update={"url": "https://mirror.example/u2"}))])
    assert _count(store)["events"] == 2  # the second text again joins its own event


def _bare(text: str, url: str, name: str, mention: str, country: str | None = None) -> Pair:
    return build(text, id=url.rsplit("/", 1)[-1], published="2024-05-02", url=url,
                 actors={"a1": person(name, mention, country=country)})


def test_two_people_sharing_a_surname_stay_two_and_a_bare_surname_is_neither(store: Store) -> None:
    store.add([build("President Ilham Aliyev of Azerbaijan received the envoy in Baku.",
                     id="i", published="2024-05-01", url="https://wire.example/i",
                     actors={"a1": person("Ilham Aliyev", title="President", country="AZE")}),
               build("Azerbaijan's Prosecutor General Kamran Aliyev addressed the forum.",
                     id="k", published="2024-05-01", url="https://wire.example/k",
                     actors={"a1": person("Kamran Aliyev", title="Prosecutor General",
                                          country="AZE")})])
    assert _count(store)["people"] == 2
    # no country, no full name in the report: either Aliyev could be meant
    bare = "Aliyev told reporters the talks would go on."
    store.add([_bare(bare, "https://wire.example/b1", "Aliyev", "Aliyev")])
    people = {r["name"]: r["id"] for r in store.db.query(
        "SELECT id, name FROM actors WHERE kind = 'person'")}
    assert sorted(people) == ["Aliyev", "Ilham Aliyev", "Kamran Aliyev"]
    # another report's bare "Aliyev" (a different text) is that person again, not a fourth
    store.add([_bare("Aliyev did not comment on Tuesday.", "https://wire.example/b2", "Aliyev",
                     "Aliyev")])
    assert _count(store)["people"] == 3
    assert _actor_ids(store, "https://wire.example/b2")["a1"] == people["Aliyev"]
    # a bare surname with a country whose one known bearer it names is that person
    store.add([build("Kazakhstan's Prosecutor General Berik Asylov arrived in Baku.",
                     id="a", published="2024-05-03", url="https://wire.example/a",
                     actors={"a1": person("Berik Asylov", title="Prosecutor General",
                                          country="KAZ")})])
    store.add([_bare("Asylov, the Kazakh prosecutor, signed the memorandum.",
                     "https://wire.example/a2", "Asylov", "Asylov", country="KAZ")])
    assert _count(store)["people"] == 4
    assert _actor_ids(store, "https://wire.example/a2")["a1"] == \
        _actor_ids(store, "https://wire.example/a")["a1"]
