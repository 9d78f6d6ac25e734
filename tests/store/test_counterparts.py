"""Counterparts are others: an actor's counterparts leave out its own country, its compatriots
and the organisations it serves; a country lists foreign counterparts. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from kb_relationship import reports

from dateline.store import Store


@pytest.fixture
def kb(store: Store) -> Store:
    store.add(reports())
    return store


def _id(store: Store, name: str) -> int:
    return int(store.db.scalar("SELECT id FROM actors WHERE name = ?", (name,)))


def test_a_persons_counterparts_are_foreign(kb: Store) -> None:
    aliyev = kb.get_actor(_id(kb, "Kamran Aliyev"))
    assert aliyev is not None
    names = {c.actor.name: c.count for c in aliyev.counterparts}
    assert names == {"Berik Asylov": 4, "Zhandos Umiraliyev": 2}
    assert all(c.actor.country != "AZE" for c in aliyev.counterparts)
    assert "Prosecutor General's Office" not in names  # the organisation he serves
    assert sum(k.count for k in aliyev.kinds_over_time) == len(aliyev.events)


def test_a_country_actors_counterparts_leave_out_its_own_people(kb: Store) -> None:
    azerbaijan = kb.get_actor(_id(kb, "Azerbaijan"))
    assert azerbaijan is not None
    assert {c.actor.name for c in azerbaijan.counterparts} == {"Kazakhstan"}


def test_a_country_page_lists_foreign_counterparts(kb: Store) -> None:
    detail = kb.get_country("AZE")
    counterparts = {c.actor.name: c.count for c in detail.counterparts}
    assert counterparts == {"Berik Asylov": 4, "Zhandos Umiraliyev": 2, "Murat Nurtleu": 1}
    assert {c.actor.country for c in detail.counterparts} == {"KAZ"}
    kaz = {c.actor.name for c in kb.get_country("KAZ").counterparts}
    assert kaz == {"Kamran Aliyev", "Jeyhun Bayramov", "Nigmatilla Yuldashev"}
