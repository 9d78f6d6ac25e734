"""What the brief must say on the demo, read from the demo gold (``examples/demo/gold``).

The gold lists each report's events; one engagement is reported by several articles, so events
are merged by kind and dates (a month-precise mention of a day-precise event is the same one).
A pair is two countries (events listing both codes) or two people (events listing both names).
Gold visits list the visitor and the named host: the visitor is the person who does not serve
the country of the report's dateline (where the visit takes place).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from demo_answers import gold

NEWEST_REPORT = "2025-06-10"  # the newest publication date of the demo corpus


@dataclass(frozen=True)
class GoldEvent:
    kind: str
    status: str
    start: str | None
    end: str | None
    countries: frozenset[str]
    persons: tuple[str, ...]
    name: str | None
    doc: str
    published: str | None
    place: str | None  # the dateline's place
    place_country: str | None
    served: tuple[tuple[str, str | None], ...]  # (person, country) of the report's officials


def _events() -> list[GoldEvent]:
    out = []
    for doc in gold():
        line = doc.get("dateline") or {}
        served = tuple((o["name"], o.get("country")) for o in doc.get("officials") or [])
        for e in doc["events"]:
            date = e.get("date") or {}
            out.append(GoldEvent(e["kind"], e["status"], date.get("start"), date.get("end"),
                                 frozenset(e["countries"]), tuple(e["persons"]), e.get("name"),
                                 doc["id"], doc.get("published"), line.get("place"),
                                 line.get("country"), served))
    return out


def _between(event: GoldEvent, a: str, b: str) -> bool:
    if len(a) == 3 and a.isupper():
        return {a, b} <= event.countries
    return {a, b} <= set(event.persons)


def _merged(events: list[GoldEvent]) -> list[GoldEvent]:
    """One per engagement: same kind and start; a month-precise start inside a day-precise one
    of the same kind is a mention of it."""
    days = {(e.kind, e.start) for e in events if e.start and len(e.start) == 10}
    seen: dict[tuple[str, str | None], GoldEvent] = {}
    for e in events:
        if e.start and len(e.start) == 7 and any(k == e.kind and (s or "").startswith(e.start)
                                                for k, s in days):
            continue
        seen.setdefault((e.kind, e.start), e)
    return list(seen.values())


def pair(a: str, b: str) -> list[GoldEvent]:
    return _merged([e for e in _events() if _between(e, a, b)])


def last_meeting(a: str, b: str) -> GoldEvent:
    """The newest day-precise bilateral meeting held."""
    meetings = [e for e in pair(a, b) if e.kind == "meeting" and e.status == "occurred"
                and e.start and len(e.start) == 10]
    return max(meetings, key=lambda e: e.start or "")


def agreements(a: str, b: str) -> set[str]:
    """Start dates of the agreements signed between them."""
    return {e.start or "" for e in pair(a, b) if e.kind == "agreement" and e.status == "occurred"}


def _country_of(event: GoldEvent, person: str) -> str | None:
    return dict(event.served).get(person)


def _visited(person: str, host: str, after: str) -> bool:
    """A gold visit by ``person`` to ``host`` (the report's dateline country) on or after
    ``after``, in which the person is the visitor (does not serve the host)."""
    for e in _events():
        if (e.kind == "visit" and e.status == "occurred" and person in e.persons
                and e.place_country == host and _country_of(e, person) != host
                and (e.end or e.start or "") >= after):
            return True
    return False


def open_invitations(a: str, b: str) -> set[tuple[str, str, str]]:
    """(inviter, invitee, date) of the invitations no visit of the invitee to the inviter's
    country followed (gold invitations list the inviter first, then the invitee)."""
    found = set()
    for e in _events():
        if e.kind != "invitation" or not _between(e, a, b) or len(e.persons) < 2:
            continue
        inviter, invitee = e.persons[0], e.persons[1]
        host = _country_of(e, inviter)
        when = e.start or e.published or ""
        if host and not _visited(invitee, host, when):
            found.add((inviter, invitee, when))
    return found


def announced(a: str, b: str, as_of: str = NEWEST_REPORT) -> dict[str, set[str]]:
    """Planned engagements between them: 'ahead' (ending on or after ``as_of``) and 'overdue'
    (ending before it, never reported held), by start date."""
    out: dict[str, set[str]] = {"ahead": set(), "overdue": set()}
    held = {(e.kind, e.start) for e in pair(a, b) if e.status == "occurred"}
    for e in pair(a, b):
        if e.status != "planned" or e.kind == "invitation" or (e.kind, e.start) in held:
            continue
        end = e.end or e.start
        if end is None or end >= as_of[:len(end)]:
            out["ahead"].add(e.start or "undated")
        else:
            out["overdue"].add(e.start or "undated")
    return out


def describe(a: str, b: str) -> dict[str, Any]:
    """The whole answer key for one pair (for messages)."""
    meeting = last_meeting(a, b)
    return {"last_meeting": (meeting.start, meeting.place), "agreements": agreements(a, b),
            "open_invitations": open_invitations(a, b), "announced": announced(a, b)}
