"""Talks left with one state's side alone are no engagement between states (events/one_state.py).

A tour's talks told with no counterpart ("X's talks will cover ...") keep only the visitor's state once
every stage has lent what it could: no second state takes part, so no meeting is coded (the tour's
visits stay). A visit that names no state at all is none.
"""

from __future__ import annotations

import pytest

from dateline.record import Record


def talks(record: Record) -> list[list[str]]:
    return [e.countries for e in record.events if e.kind in {"meeting", "call"}]


def test_a_tours_talks_with_no_counterpart_are_no_meeting(extract):
    record = extract("U.S. Secretary of State Antony Blinken is heading Sunday to the Middle East for visits to Oman, "
                     "Qatar, Israel and Turkey. U.S. officials say Mr. Blinken's talks will cover Iraq, the situations "
                     "in Lebanon and Syria, and shipping in the Red Sea.")
    assert talks(record) == []
    assert sorted(c for e in record.events if e.kind == "visit" for c in e.countries if c != "USA") == [
        "ISR", "OMN", "QAT", "TUR"]



@pytest.mark.parametrize("text", [
    "Prime Minister Hassan Ali Khaire was visiting the capital from his base in the town of Baidoa on Sunday "
    "when a roadside bomb exploded near his convoy, police said.",
    "Police said a deputy district governor, Omar Haidari, was visiting the scene of an earlier shooting on "
    "Tuesday when he was wounded.",
])
def test_a_visit_that_names_no_state_is_none(extract, text):
    assert [e for e in extract(text).events if e.kind == "visit"] == []


def test_a_visit_with_one_state_told_stays(extract):
    record = extract("Zambian President Levy Mwanawasa fell ill during a visit to Egypt on June 29.")
    assert [e.countries for e in record.events if e.kind == "visit"] != []
