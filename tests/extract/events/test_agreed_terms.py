"""Terms several states settle on, told by an indefinite noun after 'agreed to/on': an agreement
('Kyrgyzstan and Tajikistan agreed to a swap of border land'), not an oral understanding ('agreed on
the need to ...', 'agreed on a number of issues') nor what one state accepts."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2025-03-12"


def agreements(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "agreement"]


def test_two_states_agree_to_terms(extract):
    found = agreements(extract("In 2019, Kyrgyzstan and Tajikistan agreed to a swap of disputed border land."))
    assert [(e.countries, e.status, e.date.start, e.name) for e in found] == [
        (["KGZ", "TJK"], "occurred", "2019", "swap of disputed border land")]


def test_an_organisation_of_states_agrees_to_a_cut(extract):
    found = agreements(extract("OPEC agreed on Sunday to a further output cut of 500,000 barrels per day."))
    assert [(e.countries, e.status) for e in found] == [(["OPEC"], "occurred")]


def test_understandings_and_acceptances_are_none(extract):
    record = extract("Azerbaijan and Georgia agreed on the need to expand transit. The two sides also agreed on a "
                     "number of issues. Iran agreed to a visit by the inspectors. OPEC agreed to a production cut "
                     "of one million barrels.")
    assert [e.countries for e in agreements(record)] == [["OPEC"]]
