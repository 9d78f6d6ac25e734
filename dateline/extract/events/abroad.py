"""Visits told by their talks: 'X met Indian Prime Minister Y in New Delhi' is X's stay in India.

Real copy often tells a visit only through the talks held during it: the guest "met with" or
"held talks with" the host in a city of the host's state, and no word says "visit". ``stays_abroad``
walks the merged events once (no parse) and adds, for each such talks event, the visit it implies:
the official of another state is the visitor (whoever is away from home, whether the clause makes
him its subject, its object or one of a pair told as equals), the host-side party met the host,
the talks' city the place, the talks' days and status the visit's. Talks only planned with the
guest not the subject ("Y is to meet X in Jakarta") tell no travel and no visit. No visit is added when the text already tells a
visit of that visitor to that state, when both sides are foreign to the place (talks in a third
country), when the visitor is an organisation's official (a UN envoy's talks are the talks), or
when the document tells a gathering in that state (the guest travelled for the gathering: the
guide's "travel to a multilateral meeting abroad" is no visit).
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.place import is_country
from dateline.extract.events.resident import resident_envoy
from dateline.extract.events.story import in_passing
from dateline.extract.places import is_state_code
from dateline.gazetteer import fold

__all__ = ["stays_abroad"]

_TALKS = frozenset({"meeting"})
_GATHERINGS = frozenset({"gathering", "multilateral"})


def _guest_and_host(talks: EventDraft, visitors: list[str], hosts: list[str]) -> bool:
    """Whether the talks set the visitors on one side and the host on the other, either way round.

    The visitor is whoever is away from home, not the clause's subject: "X met Y in New Delhi"
    (the guest as subject), "King Y held talks with X in Riyadh" (the host as subject) and "X and
    Y met in Y's capital" (the two told as equals: a pair as subject, no object) all tell X's stay.
    """
    source, recipient = set(talks.source), set(talks.recipient)
    if not recipient:
        return set(visitors) <= source and bool(set(hosts) & source)
    return (set(visitors) <= source and bool(set(hosts) & recipient)) or (
        set(visitors) <= recipient and bool(set(hosts) & source))


def _place_before(state: DocState, talks: EventDraft) -> bool:
    """The talks are told as what came before another clause's act ("X visited a factory in
    Shanghai, a week after talks with Y"), and the city is that clause's, told before the talks'
    word and not after it. Talks told as what follows ("spoke in Ramallah before a meeting with
    Y") and a city that opens the sentence ("In Amman, the king held talks with X") are placed there."""
    if talks.place is None:
        return False
    start, end = talks.sentence
    name = fold(talks.place.name)
    before, after = fold(state.text[start:talks.trigger[0]]), fold(state.text[talks.trigger[1]:end])
    if not name or f" {name} " not in f" {before} " or f" {name} " in f" {after} ":
        return False
    return "after" in before.split()[-2:] and not before.startswith(f"in {name} ")


def _implied(state: DocState, talks: EventDraft, events: list[EventDraft]) -> EventDraft | None:
    place = talks.place
    if talks.kind not in _TALKS or place is None or talks.place_from not in {"text", "dateline", None} \
            or not is_state_code(place.country):  # "NAIROBI (KNA) -- X held talks with Kenyan minister Y": there
        return None
    host = place.country
    persons = [a for a in talks.participants if state.actor(a).kind == "person"]
    visitors = [p for p in persons if is_state_code(state.actor(p).country) and state.actor(p).country != host]
    hosts = [a for a in talks.participants if state.actor(a).country == host]
    if not visitors or not hosts:
        return None  # no foreign official, or talks in a third country
    if talks.place_from == "dateline" and any(resident_envoy(state.actor(p)) for p in visitors):
        return None  # "BOGOTA -- X received Spain's Ambassador to Colombia": the envoy is at his post
    if not _guest_and_host(talks, visitors, hosts):
        return None  # "X met Y and Z in London": the sides of the talks are not the guest's and the host's
    guest_told = set(visitors) <= set(talks.source) and bool(set(hosts) & set(talks.recipient))
    if not guest_told and (in_passing(state, talks) or talks.place_from == "dateline" or _place_before(state, talks)):
        return None  # "last met in Riyadh in January": past talks recalled; "ANKARA -- Y held talks with X": the wire's city
    own = set(talks.own_parties or [])
    if not set(visitors) <= own or not set(hosts) & own:
        return None  # "the next meeting will be held in Santiago": parties lent by the story tell no trip
    if any(state.actor(p).country and not is_state_code(state.actor(p).country) for p in persons if p not in hosts):
        return None  # an organisation's envoy: his talks are the talks
    homes = {state.actor(p).country for p in visitors}
    if len(homes) > 1:
        return None  # officials of two guest states: not one visit
    for other in events:
        if other.kind == "visit" and in_passing(state, other) and not in_passing(state, talks):
            continue  # "It was X's first visit to Kenya since 2021": that visit is not today's
        if other.kind == "visit" and host in other.countries and (
                homes & set(other.countries) or set(visitors) & set(other.participants)):
            return None  # the visit is told
        if other.kind in _GATHERINGS and other.place is not None and other.place.country == host:
            return None  # at a gathering in that state
    visit = EventDraft(kind="visit", trigger=talks.trigger, sentence=talks.sentence, status=talks.status,
                       source=list(visitors), recipient=[p for p in hosts if state.actor(p).kind == "person"],
                       place=place, place_from="text", date=talks.date, date_start=talks.date_start,
                       date_end=talks.date_end, date_from=talks.date_from, date_role=talks.date_role,
                       confidence=max(0.5, talks.confidence - 0.2), pluperfect=talks.pluperfect)
    visit.participants = list(dict.fromkeys(visit.source + visit.recipient))
    visit.countries = sorted({*homes, host} - {None})  # type: ignore[arg-type]
    visit.own_parties = list(visit.participants)
    if is_country(place):
        visit.confidence -= 0.1
    return visit


def stays_abroad(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events, each talks abroad with no visit told followed by the visit it implies."""
    out: list[EventDraft] = []
    for event in events:
        out.append(event)
        visit = _implied(state, event, events + out)
        if visit is not None:
            out.append(visit)
    return out
