"""A trip to a region is one visit per state its talks are held with.

"Secretary X leaves Sunday on a five-day trip to the Middle East. X is expected to meet King Y in
Jeddah and hold talks with Egypt's president Z ... Later, she will meet A and B", "envoy X, who
traveled to the region, met A on Friday ... also met B": the trip names no one host state, and the
talks told with it name its stops. Each state whose official the traveller holds talks with (in the
trip's sentence or after it, with the trip's status unless a date of its own dates the trip) is a visit of its own, with that state's
officials as its hosts; the regional visit gives way to them. A visit to one state ("his visit to
Egypt, where he also met the Qatari premier") names its host and is kept as it is.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.extract.document import DocState, EventDraft
from dateline.extract.places import is_state_code

__all__ = ["regional_tours"]

_TALKS = frozenset({"meeting", "multilateral"})


def _stops(state: DocState, trip: EventDraft, events: list[EventDraft], visitors: set[str],
           home: str) -> dict[str, tuple[list[str], EventDraft]]:
    """The states the traveller holds talks with after the trip is told: state -> (hosts, talks)."""
    stops: dict[str, tuple[list[str], EventDraft]] = {}
    for talks in events:
        if talks.kind not in _TALKS or talks.status != trip.status and trip.date_from not in {None, "published"} \
                or talks.sentence[0] < trip.sentence[0] \
                or not visitors & set(talks.participants):
            continue
        for actor_id in talks.participants:
            actor = state.actor(actor_id)
            if actor_id in visitors or not is_state_code(actor.country) or actor.country == home:
                continue
            hosts, _ = stops.setdefault(actor.country or "", ([], talks))
            if actor.kind == "person" and actor_id not in hosts:
                hosts.append(actor_id)
    return stops


def _split(state: DocState, trip: EventDraft, events: list[EventDraft]) -> list[EventDraft] | None:
    if trip.kind != "visit" or trip.place is not None and trip.place.country:
        return None  # a visit to a state names its host
    visitors = {a for a in trip.source if state.actor(a).kind == "person"}
    homes = {state.actor(a).country for a in visitors}
    if not visitors or len(homes) != 1 or not is_state_code(next(iter(homes))):
        return None
    home = next(iter(homes)) or ""
    stops = _stops(state, trip, events, visitors, home)
    told = {c for c in trip.countries if is_state_code(c) and c != home}
    if len(stops) < 2 and (not stops or told):
        return None  # one state's talks on a trip that names its state: the trip is that visit
    out = []
    for code, (hosts, talks) in sorted(stops.items()):
        place = talks.place if talks.place is not None and talks.place.country == code else None
        visit = replace(trip, status=talks.status, recipient=list(hosts), participants=[*trip.source, *hosts], place=place,
                        place_from="text" if place is not None else None, countries=sorted({home, code}),
                        own_parties=[*trip.source, *hosts], separate=True, attendees=[])
        out.append(visit)
    return out


def regional_tours(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events, each trip to a region replaced by one visit per state its talks are held with."""
    out: list[EventDraft] = []
    for event in events:
        split = _split(state, event, events)
        out.extend(split if split is not None else [event])
    return out
