"""Look-ups into a record shared by the event tests of this folder (imported as a plain module,
as tests/serve/live.py is: tests/ is not a package)."""

from __future__ import annotations

from dateline.record import Event, Record


def people(record: Record, event: Event) -> set[str]:
    """The names of the persons among the event's participants."""
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


def one(record: Record, kind: str) -> Event:
    """The one event of ``kind`` (the assertion lists what was found otherwise)."""
    found = [e for e in record.events if e.kind == kind]
    assert len(found) == 1, [(e.kind, e.trigger.text) for e in record.events]
    return found[0]


def first(record: Record, kind: str) -> Event:
    """The first event of ``kind`` (the assertion lists what was found when there is none)."""
    found = [e for e in record.events if e.kind == kind]
    assert found, [(e.kind, e.trigger.text) for e in record.events]
    return found[0]


def dates(event: Event) -> tuple[str | None, str | None]:
    """The event's first and last day (None, None when it has no date)."""
    return (event.date.start, event.date.end) if event.date is not None else (None, None)


def agreements(record: Record) -> list[Event]:
    """The record's agreements, in the order told."""
    return [e for e in record.events if e.kind == "agreement"]
