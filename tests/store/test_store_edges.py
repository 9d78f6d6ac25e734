"""Dates at the ends of the calendar: stored and matched, never an OverflowError."""

from __future__ import annotations

import datetime as dt

import pytest
from kb_records import E, build, country, person

from dateline.resolve.dates import shifted
from dateline.store import Store

TEXT = ("BAKU, Azerbaijan, May 1. Kazakh Foreign Minister Murat Nurtleu met Azerbaijani "
        "President Ilham Aliyev in Baku on 12/31/9999.")


def _report(date: str, status: str = "occurred", number: int = 1):
    return build(TEXT + f" Report {number}.", id=f"r{number}", published="2024-05-01",
                 url=f"https://wire.example/{number}", actors={
                     "a1": person("Murat Nurtleu", title="Foreign Minister", country="KAZ"),
                     "a2": person("Ilham Aliyev", title="President", country="AZE"),
                     "a3": country("AZE", "Azerbaijan", "Azerbaijani")},
                 events=[E("meeting", "met", ["a1"], ["a2"], ["AZE", "KAZ"], date,
                           status=status, place=("Baku", "AZE"))])


@pytest.mark.parametrize("date", ["9999-12-31", "9999-12", "9999", "0001-01-01", "0001"])
@pytest.mark.parametrize("status", ["occurred", "planned"])
def test_events_at_the_ends_of_the_calendar_are_stored_and_merged(store: Store, date: str,
                                                                  status: str) -> None:
    stats = store.add([_report(date, status, 1), _report(date, status, 2)])
    assert (stats.added, stats.failed) == (2, 0)
    assert store.db.scalar("SELECT COUNT(*) FROM events") == 1  # the two reports: one event


def test_shifted_stays_within_the_calendar() -> None:
    assert shifted(dt.date(9999, 12, 31), 1) == dt.date.max
    assert shifted(dt.date(1, 1, 1), -31) == dt.date.min
    assert shifted(dt.date(2024, 2, 28), 2) == dt.date(2024, 3, 1)
    assert shifted(dt.date(2024, 3, 1), -2) == dt.date(2024, 2, 28)
