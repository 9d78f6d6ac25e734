"""One Russian extraction per text for the tests of this folder."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.article import Article
from dateline.extract.russian import extract_russian
from dateline.record import Actor, Event, Record


@pytest.fixture(scope="session")
def ru() -> Callable[..., Record]:
    cache: dict[tuple[str, str | None], Record] = {}

    def run(text: str, published: str | None = "2025-04-03") -> Record:
        key = (text, published)
        if key not in cache:
            cache[key] = extract_russian(Article(text=text, id="ru", published=published))
        return cache[key]

    return run


def person(record: Record, name: str) -> Actor:
    found = [a for a in record.actors if a.kind == "person" and a.name == name]
    assert found, f"no person {name!r} in {[a.name for a in record.actors]}"
    return found[0]


def events(record: Record, kind: str) -> list[Event]:
    return [e for e in record.events if e.kind == kind]


def names(record: Record, event: Event) -> set[str]:
    return {record.actor(a).name for a in event.participants if record.actor(a) is not None}  # type: ignore[union-attr]
