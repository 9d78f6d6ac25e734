"""One sentence, two stops of a tour: a visit told by its noun beside a journey told by its verb.

"will pay a one-day visit to Colombo on Saturday before heading to Male", "after a two-day visit to
Vietnam, flew to Cambodia", "who is on a state visit to Japan, will travel to South Korea": the noun
names a stop in one state and the verb a stop in another, two visits. "arrived in Ankara on an
official visit to Turkey" is one: the noun names the state the arrival is in, and a noun whose stop
is no state ("a visit to NATO headquarters") or a verb that names no stop ("arrived on a visit to
Chile") leaves the verb to tell the one visit.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.places import lookup_place
from dateline.extract.syntax import compound_name

__all__ = ["noun_stop", "noun_stop_state", "other_stop", "own_stop_only", "trip_purpose_stop"]

_PLACE_ENTS = frozenset({"GPE", "LOC"})


def _state_of(tok: Token | None) -> str | None:
    if tok is None:
        return None
    place = lookup_place(compound_name(tok))
    return place.country if place is not None and place.country else None


def noun_stop(noun: Token) -> Token | None:
    """The place a visit noun goes to: 'a visit to Colombo', 'his trip to Vietnam'."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            place = next((o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in _PLACE_ENTS), None)
            if place is not None:
                return place
    return None


def other_stop(noun: Token, verb_stops: list[Token | None]) -> bool:
    """The visit noun goes to a state that none of the sentence's journeys goes to, and each journey
    names its own stop: two stops, two visits."""
    own = _state_of(noun_stop(noun))
    if own is None or not verb_stops:
        return False
    states = [_state_of(stop) for stop in verb_stops]
    return None not in states and own not in states


def noun_stop_state(noun: Token, journeys: bool) -> str | None:
    """The state a visit noun goes to, when a journey of its sentence is told beside it."""
    return _state_of(noun_stop(noun)) if journeys else None


def own_stop_only(state: DocState, event: EventDraft, stop: str | None) -> None:
    """An engagement at one stop of a tour: the parties the sentence names in another state ("a visit
    to Lima before traveling to Quito for talks with President Noboa") belong to the other stop."""
    if stop is None:
        return
    home = {state.actor(a).country for a in event.source}
    away = {a for a in event.participants
            if a not in event.source and state.actor(a).country not in {stop, None, *home}}
    if not away:
        return
    gone = {state.actor(a).country for a in away} - {state.actor(a).country for a in event.participants
                                                      if a not in away}
    event.recipient = [a for a in event.recipient if a not in away]
    event.participants = [a for a in event.participants if a not in away]
    event.countries = [c for c in event.countries if c not in gone]


def trip_purpose_stop(talks: Token, journeys: list[tuple[Token, Token]]) -> Token | None:
    """'traveling to Amman, Jordan, for a meeting with the King', 'will fly on to Dodoma for talks':
    talks a journey is made for are held at the journey's stop. ``journeys`` are the sentence's
    travel verbs with their stops; the "for" phrase hangs on the verb or follows its stop (the
    parser may hang it on the sentence's main verb)."""
    prep = talks.head
    if talks.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    doc = talks.doc
    for verb, stop in journeys:
        if prep.head.i == verb.i or stop.right_edge.i < prep.i and all(
                t.is_punct for t in doc[stop.right_edge.i + 1:prep.i]):
            return stop
    return None
