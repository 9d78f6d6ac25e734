"""Look-ups into a Russian record shared by the tests of this folder."""

from __future__ import annotations

from dateline.record import Actor, Event, Record


def person(record: Record, name: str) -> Actor:
    found = [a for a in record.actors if a.kind == "person" and a.name == name]
    assert found, f"no person {name!r} in {[a.name for a in record.actors]}"
    return found[0]


def events(record: Record, kind: str) -> list[Event]:
    return [e for e in record.events if e.kind == kind]


def names(record: Record, event: Event) -> set[str]:
    return {record.actor(a).name for a in event.participants if record.actor(a) is not None}  # type: ignore[union-attr]
