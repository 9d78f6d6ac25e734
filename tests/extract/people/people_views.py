"""Look-ups into a record shared by the people tests of this folder (imported as a plain module,
as tests/extract/events/event_views.py is: tests/ is not a package)."""

from __future__ import annotations

from dateline.record import Actor, Record


def officials(record: Record) -> dict[str, tuple[str | None, str | None]]:
    """Each person of the record by name: (title, country)."""
    return {a.name: (a.title, a.country) for a in record.actors if a.kind == "person"}


def named(record: Record, name: str) -> Actor:
    """The person of the record named ``name``."""
    return next(a for a in record.actors if a.kind == "person" and a.name == name)
