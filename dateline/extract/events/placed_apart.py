"""Talks told in the places of several states are one sitting in each: a sitting is held in one place.

"Zoellick met with African leaders in Ghana, Ethiopia and South Africa", "the president will hold
talks with senior leaders during his stops in Bangkok and Beijing": the clause lists two or more
places in states other than the subject's, and the counterparts it names (if any) are of those
states, so the subject met each host at home, one meeting per state, placed there. A list of places
that are not the counterparts' own ("talks with the EU in Geneva and Vienna") or that lie in one
state ("met officials in Beijing and Shanghai") tells no such split, nor does a list deeper in the
clause ("met leaders from A and B in Nairobi to discuss refugees in A and B": where the refugees are).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.one_each import coordinated_places
from dateline.extract.events.participants import countries_of
from dateline.extract.places import country_name
from dateline.extract.syntax import governing_verb
from dateline.record import Place

__all__ = ["by_listed_place"]

_TALKS = frozenset({"meeting", "multilateral"})


def _states(state: DocState, ids: list[str]) -> set[str]:
    return {c for a in ids if (c := state.actor(a).country)}


def _holders(tok: Token) -> list[Token]:
    """The words a place of the talks themselves hangs on: the trigger, its verb, whom the talks are
    with ('met with African leaders in A, B and C') and the trip they are told in ('during his stops
    in A and B')."""
    verb = governing_verb(tok)
    out = [tok, verb]
    for owner in (tok, verb):
        out += [c for c in owner.children if c.dep_ == "dobj" and c.i != tok.i]
        out += [o for p in owner.children if p.dep_ == "prep" and p.lower_ in {"with", "during"}
                for o in p.children if o.dep_ == "pobj"]
    return list(dict.fromkeys(out))


def _places(tok: Token) -> list[Place]:
    """The places of a coordinated 'in' phrase on one of the talks' own words, when it lists two or more."""
    for holder in _holders(tok):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                if places := coordinated_places(obj):
                    return places
    return []


def by_listed_place(state: DocState, event: EventDraft, tok: Token) -> list[EventDraft]:
    """One meeting per state whose place the talks' clause lists; [] when the clause lists no such
    places."""
    if event.kind not in _TALKS or not event.source or not event.recipient:
        return []
    home = _states(state, event.source)
    places: list[Place] = []
    for place in _places(tok):
        if place.country and place.country not in home and all(p.country != place.country for p in places):
            places.append(place)
    abroad = {p.country for p in places}
    if len(places) < 2 or not all(state.actor(a).country in abroad for a in event.recipient):
        return []  # one state's places, or counterparts not at home there (an IGO's): one sitting as told
    parts = []
    for place in places:
        assert place.country is not None
        hosts = [a for a in event.recipient if state.actor(a).country == place.country] or [
            state.state_actor(place.country, country_name(place.country) or place.country).id]
        part = replace(event, kind="meeting", recipient=hosts, participants=[*event.source, *hosts],
                       place=place, place_from="text", separate=True)
        part.countries = countries_of(state, part.participants)
        parts.append(part)
    return parts
