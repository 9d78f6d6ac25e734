"""Talks left with one state's side alone are no engagement between states (events/one_state.py).

A tour's talks told with no counterpart ("X's talks will cover ...") keep only the visitor's state once
every stage has lent what it could: no second state takes part, so no meeting is coded (the tour's
visits stay).
"""

from __future__ import annotations

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

