"""Events between two parties (``Store.events_between``) and when they last met.

A party is an actor id (``14``), a country code (``KAZ``) or a name ("Berik Asylov", looked up
with the store's search). "Met" means an occurred ``meeting`` or ``multilateral`` event both
parties took part in; "latest contact" is the newest occurred event of any other kind but
invitations (a call, a visit, a signing...).
"""

from __future__ import annotations

from fastapi import HTTPException
from pydantic import BaseModel, Field

from dateline.serve.charts import month_counts
from dateline.serve.params import is_id
from dateline.store import Store
from dateline.store.models import ActorDetail, ActorRef, EventSummary, KindCount, Page

__all__ = ["Between", "CounterpartMeeting", "MEETING_KINDS", "Party", "between",
           "last_meeting", "meetings_with", "resolve_party"]

MEETING_KINDS = ("meeting", "multilateral")
_CHUNK = 200


class Party(BaseModel):
    key: str = Field(description="Actor id or country code, as events_between takes it")
    name: str
    kind: str = Field(description="person | organization | country | group")
    href: str


class Between(BaseModel):
    a: Party
    b: Party
    kind: str | None = None
    last_meeting: EventSummary | None = Field(
        default=None, description="Newest occurred meeting or multilateral meeting of both")
    last_contact: EventSummary | None = Field(
        default=None, description="Newest occurred event with both (invitations aside)")
    events: Page[EventSummary]
    kinds_over_time: list[KindCount] = Field(
        default_factory=list, description="Their shared events by month and kind (any kind)")


class CounterpartMeeting(BaseModel):
    """A counterpart on an actor's page: shared events, the last meeting among them."""

    actor: ActorRef
    count: int
    last_met: EventSummary | None = None
    between_url: str


def _actor_party(actor: ActorRef) -> Party:
    key = actor.country if actor.kind == "country" and actor.country else str(actor.id)
    href = f"/countries/{key}" if actor.kind == "country" else f"/actors/{actor.id}"
    return Party(key=key, name=actor.name, kind=actor.kind, href=href)


def resolve_party(store: Store, value: str) -> Party:
    """An actor id, a country code or a name (the best person, then country, search hit)."""
    text = value.strip()
    if text.isdigit():
        if not is_id(text):
            raise HTTPException(404, f"actor {text} not found")
        return Party(key=text, name=f"#{text}", kind="actor", href=f"/actors/{text}")
    code = text.upper()
    if text.isalpha() and ((text.isupper() and 2 <= len(text) <= 6)
                           or (len(text) == 3 and store.country_name(code) != code)):
        return Party(key=code, name=store.country_name(code), kind="country",
                     href=f"/countries/{code}")
    found = store.search(text, 5)
    for refs in (found.people, found.countries, found.organizations):
        if refs:
            return _actor_party(refs[0])
    raise HTTPException(404, f"no person, country or organisation matches {text!r}")


def _named(store: Store, party: Party, events: list[EventSummary]) -> Party:
    """Fill an actor id's name from the events (or the store when there are none)."""
    if party.kind != "actor":
        return party
    for event in events:
        for actor in [*event.source, *event.recipient, *event.participants]:
            if str(actor.id) == party.key:
                return _actor_party(actor)
    detail = store.get_actor(int(party.key))
    if detail is None:
        raise HTTPException(404, f"actor {party.key} not found")
    return _actor_party(detail.actor)


def _key(party: Party) -> int | str:
    return int(party.key) if party.key.isdigit() else party.key


def last_meeting(events: list[EventSummary]) -> EventSummary | None:
    """The newest occurred meeting in ``events`` (which are newest first)."""
    return next((e for e in events if e.status == "occurred" and e.kind in MEETING_KINDS),
                None)


def between(store: Store, a: str, b: str, kind: str | None = None, *, limit: int = 50,
            offset: int = 0) -> Between:
    """Both parties' shared events, newest first (optionally of one kind), and their last
    meeting and latest contact. When ``a`` and ``b`` are the same party: its events."""
    pa, pb = resolve_party(store, a), resolve_party(store, b)
    every: list[EventSummary] = []
    total, start = 1, 0
    while start < total:  # two parties share few events: read them all (pages of _CHUNK)
        page = store.events_between(_key(pa), _key(pb), limit=_CHUNK, offset=start)
        every.extend(page.items)
        total, start = page.total, start + _CHUNK
        if not page.items:
            break
    chosen = [e for e in every if kind is None or e.kind == kind]
    pa, pb = _named(store, pa, every), _named(store, pb, every)
    return Between(
        a=pa, b=pb, kind=kind, last_meeting=last_meeting(every),
        last_contact=next((e for e in every if e.status == "occurred"
                           and e.kind != "invitation"), None),
        events=Page[EventSummary](items=chosen[offset:offset + limit], total=len(chosen),
                                  limit=limit, offset=offset),
        kinds_over_time=[KindCount(period=p, kind=k, count=n)
                         for (p, k), n in sorted(month_counts(every).items())])


def meetings_with(detail: ActorDetail) -> list[CounterpartMeeting]:
    """The actor's counterparts, each with the newest meeting among the actor's listed events
    (``detail.events``, newest first) and a link to every event the two share."""
    me = _actor_party(detail.actor)
    rows = []
    for counterpart in detail.counterparts:
        other = counterpart.actor
        shared = [e for e in detail.events
                  if any(x.id == other.id for x in [*e.source, *e.recipient, *e.participants])]
        rows.append(CounterpartMeeting(
            actor=other, count=counterpart.count, last_met=last_meeting(shared),
            between_url=f"/between?a={me.key}&b={_actor_party(other).key}"))
    return rows
