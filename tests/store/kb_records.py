"""Builders for realistic (Article, Record) pairs in store and resolver tests.

Texts are short wire-style reports written for these tests. Mentions, triggers and sentences
are given as strings and located in the text, so the offsets are real.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.article import Article
from dateline.record import Actor, Event, EventDate, Place, Record, Trigger


@dataclass
class A:
    """An actor spec: ``mentions`` are substrings of the text (first occurrence each)."""

    kind: str
    name: str
    mentions: list[str] = field(default_factory=list)
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    acronym: str | None = None
    members: list[str] | None = None


def person(name: str, *mentions: str, title: str | None = None, country: str | None = None,
           organization: str | None = None) -> A:
    return A("person", name, list(mentions) or [name], title, country, organization)


def country(code: str, name: str, *mentions: str) -> A:
    return A("country", name, list(mentions) or [name], country=code)


def org(name: str, *mentions: str, acronym: str | None = None, country: str | None = None) -> A:
    return A("organization", name, list(mentions) or [name], country=country, acronym=acronym)


@dataclass
class E:
    """An event spec: ``trigger`` is a substring of the text; its sentence is found around it."""

    kind: str
    trigger: str
    source: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    status: str = "occurred"
    place: tuple[str, str] | None = None
    name: str | None = None
    type: str = "CONSULT"
    mode: str | None = None
    confidence: float = 0.8


def _find(text: str, needle: str) -> tuple[int, int]:
    start = text.find(needle)
    if start < 0:
        raise ValueError(f"{needle!r} not in text")
    return start, start + len(needle)


def _sentence(text: str, start: int) -> tuple[int, int]:
    bounds = [0] + [m.end() for m in re.finditer(r"[.!?]\s+", text)] + [len(text)]
    lo = max(b for b in bounds if b <= start)
    hi = min(b for b in bounds if b > start)
    return lo, len(text[:hi].rstrip())


def build(text: str, *, id: str, published: str | None, url: str | None = None,
          source: str | None = None, actors: dict[str, A] | None = None,
          events: list[E] | None = None) -> tuple[Article, Record]:
    """An Article and its Record with real offsets into ``text``."""
    rec_actors = []
    for local, spec in (actors or {}).items():
        rec_actors.append(Actor(
            id=local, kind=spec.kind, name=spec.name, title=spec.title, country=spec.country,
            organization=spec.organization, acronym=spec.acronym, members=spec.members,
            mentions=[_find(text, m) for m in spec.mentions]))
    rec_events = []
    for number, spec in enumerate(events or [], start=1):
        t0, t1 = _find(text, spec.trigger)
        rec_events.append(Event(
            id=f"e{number}", kind=spec.kind, type=spec.type,
            mode=spec.mode or {"visit": "visit", "call": "phone"}.get(spec.kind),
            source=spec.source, recipient=spec.recipient, countries=spec.countries,
            place=Place(name=spec.place[0], country=spec.place[1]) if spec.place else None,
            date=EventDate(start=spec.start, end=spec.end or spec.start, text=None)
            if spec.start else None,
            status=spec.status, name=spec.name,
            trigger=Trigger(text=spec.trigger, start=t0, end=t1), sentence=_sentence(text, t0),
            confidence=spec.confidence, participants=[*spec.source, *spec.recipient]))
    article = Article(text=text, id=id, url=url, published=published, source=source)
    record = Record(id=id, url=url, source=source, published=published,
                    published_from="metadata" if published else "none",
                    actors=rec_actors, events=rec_events)
    return article, record
