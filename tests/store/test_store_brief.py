"""The brief before a meeting (``Store.brief``) on five wire reports of one relationship, through
the store's real write path, on SQLite and PostgreSQL: parties as typed, the relationship at a
glance, agreements, invitations and what followed them, announced engagements, office holders."""

from __future__ import annotations

import pytest
from kb_relationship import reports

from dateline.errors import NotFoundError, UsageError
from dateline.store import Store


@pytest.fixture
def kb(store: Store) -> Store:
    stats = store.add(reports())
    assert (stats.added, stats.failed) == (5, 0)
    return store


def test_parties_as_a_user_types_them(kb: Store) -> None:
    for typed in ("KAZ", "kaz", "Kazakhstan", "Kazakh"):
        party = kb.find_party(typed)
        assert (party.key, party.kind, party.name) == ("KAZ", "country", "Kazakhstan"), typed
    asylov = kb.find_party("Berik Asylov")
    assert (asylov.kind, asylov.title, asylov.country) == ("person", "Prosecutor General", "KAZ")
    assert asylov.key == str(asylov.actor_id)
    assert kb.find_party(str(asylov.actor_id)).name == "Berik Asylov"
    assert kb.find_party("Asylov").actor_id == asylov.actor_id
    with pytest.raises(NotFoundError):
        kb.find_party("Nobody Known")
    with pytest.raises(UsageError):
        kb.brief("AZE", "Azerbaijan")


def test_brief_of_two_countries(kb: Store) -> None:
    brief = kb.brief("Azerbaijan", "KAZ")
    assert (brief.a.key, brief.b.key, brief.as_of) == ("AZE", "KAZ", "2025-01-15")
    glance = brief.glance
    assert glance.total == 10 and glance.by_kind["invitation"] == 3
    assert {(k.year, k.kind): k.count for k in glance.by_year}[("2024", "visit")] == 2
    assert glance.first is not None and glance.first.date.start == "2024-04-03"
    assert glance.last is not None and glance.last.date.start == "2024-09-25"
    meeting = glance.last_meeting
    assert meeting is not None and meeting.event.date.start == "2024-09-25"
    assert meeting.event.place is not None and meeting.event.place.name == "Astana"
    assert [s.outlet for s in meeting.sources] == ["Steppe News", "Steppe News"]
    assert meeting.sources[0].url == "https://wire.example/r4"  # held: its report first
    assert "consultations" in meeting.sources[0].sentence
    assert [(a.event.name, a.event.date.start) for a in brief.agreements] == [
        ("Memorandum of Understanding on asset recovery", "2024-06-20")]
    assert brief.agreements[0].sources[0].url == "https://wire.example/r2"
    states = {(tuple(p.name for p in i.inviter), tuple(p.name for p in i.invitee)): i
              for i in brief.invitations}
    assert [i.event.date.start for i in brief.invitations] == [
        "2024-09-26", "2024-06-20", "2024-04-03"]  # newest first
    first = states[(("Kamran Aliyev",), ("Berik Asylov",))]
    assert first.state == "honoured" and first.host == ["AZE"]
    assert first.followed_by is not None and first.followed_by.date.start == "2024-06-20"
    second = states[(("Berik Asylov",), ("Kamran Aliyev",))]
    assert second.state == "planned" and second.followed_by is not None
    assert second.followed_by.status == "planned" and second.followed_by.kind == "visit"
    third = states[(("Murat Nurtleu",), ("Jeyhun Bayramov",))]
    assert third.state == "open" and third.followed_by is None
    assert [(line.event.kind, line.event.date.start) for line in brief.ahead] == [
        ("visit", "2025")]
    assert [(line.event.kind, line.event.date.start) for line in brief.overdue] == [
        ("call", "2024-09-10")]
    assert [(line.event.kind, line.event.date.start) for line in brief.held] == [
        ("meeting", "2024-09-25")]


def test_offices_as_of_the_newest_report(kb: Store) -> None:
    brief = kb.brief("AZE", "KAZ")
    offices = {(o.side, o.title): o for o in brief.offices}
    kaz_pg = offices[("b", "Prosecutor General")]
    assert kaz_pg.holder.name == "Nurlan Zhaksylykov" and not kaz_pg.met  # new since they met
    assert (kaz_pg.first_seen, kaz_pg.last_seen) == ("2025-01-15", "2025-01-15")
    assert offices[("b", "Deputy Prosecutor General")].holder.name == "Zhandos Umiraliyev"
    aze_pg = offices[("a", "Prosecutor General")]
    assert aze_pg.holder.name == "Kamran Aliyev" and aze_pg.met
    assert (aze_pg.first_seen, aze_pg.last_seen) == ("2024-04-03", "2024-06-20")
    assert {o.side for o in brief.offices if o.holder.country == "UZB"} == set()
    earlier = kb.brief("AZE", "KAZ", as_of="2024-12-31")
    assert {(o.side, o.title): o for o in earlier.offices}[
        ("b", "Prosecutor General")].holder.name == "Berik Asylov"


def test_brief_of_two_people_and_as_of(kb: Store) -> None:
    brief = kb.brief("Kamran Aliyev", "Asylov")
    assert (brief.a.kind, brief.b.kind) == ("person", "person")
    assert brief.glance.last_meeting is None  # they never met in person
    assert [a.event.date.start for a in brief.agreements] == ["2024-06-20"]
    assert {i.state for i in brief.invitations} == {"honoured", "planned"}
    assert [o.holder.name for o in brief.offices if o.side == "a"][0] == "Kamran Aliyev"
    before = kb.brief("AZE", "KAZ", as_of="2024-09-01")
    assert [(x.event.kind, x.event.date.start) for x in before.ahead] == [
        ("call", "2024-09-10"), ("visit", "2025")]
    assert before.overdue == [] and before.as_of == "2024-09-01"
