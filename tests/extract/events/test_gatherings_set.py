"""Gatherings the calendar holds, told by who gets ready for them or goes to them: a city ready to
host a named summit (no offer: events/clause.py readiness_words), the city that prepares to host it as
its place (gathering_places.holder_city), an edition inaugurated, a delegation headed to a sitting of a
named body (gathering_audiences), and two sittings of one body told apart by their places."""

from __future__ import annotations

import pytest

from dateline.record import Record


def _gatherings(record: Record):
    return [e for e in record.events if e.kind == "gathering"]


def _shown(record: Record):
    return [(e.kind, e.name, e.countries, e.status) for e in record.events]


@pytest.mark.parametrize(("text", "countries", "city"), [
    ("KAZAN, Oct 20 (TASS) - Kazan is fully ready to host the BRICS summit, which opens on Tuesday, the "
     "republic's head said.", {"BRICS", "RUS"}, "Kazan"),
    ("BEIJING, Aug 29 (Xinhua) - Security has been tightened as Tianjin prepares to host the SCO summit "
     "on Sunday and Monday.", {"CHN", "SCO"}, "Tianjin"),
])
def test_a_city_ready_to_host_a_set_summit_hosts_it(extract, text, countries, city):
    record = extract(text, published="2026-10-20")
    found = _gatherings(record)
    assert len(found) == 1, _shown(record)
    assert set(found[0].countries) == countries
    assert found[0].place is not None and found[0].place.name == city


def test_readiness_to_host_talks_is_still_an_offer(extract):
    record = extract("ANKARA, Oct 20 (AA) - Turkiye is ready to host a summit between the leaders of Russia "
                     "and Ukraine, Foreign Minister Hakan Fidan said.", published="2026-10-20")
    assert _gatherings(record) == [], _shown(record)


def test_an_edition_inaugurated_is_the_gathering(extract):
    record = extract("MANAMA, Nov 1 (BNA) - His Royal Highness the Crown Prince inaugurated the 22nd edition "
                     "of the Manama Dialogue on Friday evening.", published="2026-11-01")
    found = _gatherings(record)
    assert len(found) == 1 and found[0].name and "Manama Dialogue" in found[0].name, _shown(record)


def test_a_delegation_headed_to_a_session_of_a_named_body_attends_a_gathering(extract):
    record = extract("RIYADH, March 3 (SPA) -- Foreign Minister Prince Faisal bin Farhan headed the Kingdom's "
                     "delegation to the regular session of the Council of the League of Arab States at the "
                     "ministerial level, held today in Cairo.", published="2026-03-03")
    found = _gatherings(record)
    assert len(found) == 1, _shown(record)
    assert found[0].place is not None and found[0].place.country == "EGY"
