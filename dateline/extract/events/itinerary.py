"""One sentence, two stops of a tour: a visit told by its noun beside a journey told by its verb.

"will pay a one-day visit to Colombo on Saturday before heading to Male", "after a two-day visit to
Vietnam, flew to Cambodia", "who is on a state visit to Japan, will travel to South Korea": the noun
names a stop in one state and the verb a stop in another, two visits. "arrived in Ankara on an
official visit to Turkey" is one: the noun names the state the arrival is in, and a noun whose stop
is no state ("a visit to NATO headquarters") or a verb that names no stop ("arrived on a visit to
Chile") leaves the verb to tell the one visit.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.places import country_name, is_state_code, lookup_place
from dateline.extract.syntax import compound_name

__all__ = ["noun_stop", "noun_stop_state", "onward_stops", "other_stop", "own_stop_only", "stop_side", "trip_purpose_stop"]

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


def stop_side(state: DocState, event: EventDraft, stop: str | None) -> None:
    """Talks a journey is made for whose clause tells one side alone ('flew to Moscow for talks on gas',
    'left for Moscow for talks'): the state of the stop is the other side, as the venue's is ('arrived in
    Moscow for talks')."""
    if stop is None or not is_state_code(stop) or len(set(event.countries)) != 1 or stop in event.countries:
        return
    side = state.state_actor(stop, country_name(stop) or stop)
    event.recipient = [*event.recipient, side.id]
    event.participants = [*event.participants, side.id]
    event.countries = sorted({*event.countries, stop})


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


def _tour_noun(noun: Token) -> bool:
    """A visit noun, or one stop of a tour told by its noun ('the last stop of his Asian trip')."""
    if noun.lemma_.lower() in word_set("visit_nouns"):
        return True
    return noun.lemma_.lower() in word_set("tour_stop_nouns") and any(
        o.lemma_.lower() in word_set("visit_nouns") for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj")


def _tour_clause(verb: Token) -> bool:
    """'a tour that will take him to ...' (the clause on the noun), 'his Asian tour also took him to
    ...' (the noun as the clause's subject)."""
    if verb.lemma_.lower() not in word_set("onward_verbs"):
        return False
    if verb.dep_ == "relcl":
        return _tour_noun(verb.head)
    return any(c.dep_ == "nsubj" and _tour_noun(c) for c in verb.children)


def _tour_subjects(verb: Token) -> set[int]:
    """The offsets of the tour nouns a main clause tells the stops of ('his tour took him to A and B')."""
    return set() if verb.dep_ == "relcl" else {c.idx for c in verb.children if c.dep_ == "nsubj"}


def _onward_places(sent: Span) -> list[tuple[Token, Token]]:
    """'a tour that will take him to Indonesia and Singapore', 'a five-day trip that will also take
    her to Chile and Argentina', 'the last stop of a trip that took him to Japan', 'his tour took him
    to Japan and Indonesia': the clause of a tour that names its stops, each (stop, the clause's verb)."""
    out: list[tuple[Token, Token]] = []
    for verb in sent:
        if not _tour_clause(verb):
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in {"him", "her", "them"} for c in verb.children):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            stack = [o for o in prep.children if o.dep_ == "pobj"]
            while stack:
                cur = stack.pop(0)
                if cur.ent_type_ in _PLACE_ENTS:
                    out.append((cur, verb))
                stack += [c for c in cur.children if c.dep_ == "conj"]
    return out


def onward_stops(state: DocState, visit: EventDraft, sent: Span) -> list[EventDraft]:
    """The further stops a visit's sentence tells of its tour, one visit each by the same visitor:
    "arrived in Hanoi, the first stop of a tour that will take him to Indonesia and Singapore". The
    told visit keeps its own stop's state only."""
    persons = [a for a in visit.source if state.actor(a).kind == "person"]
    if visit.kind != "visit" or not persons or any(state.actor(a).role != "official" for a in persons):
        return []
    homes = {state.actor(a).country for a in persons}
    onward = _onward_places(sent)
    told = visit.place is not None and visit.place_from == "text" and any(
        (p := lookup_place(compound_name(stop))) is not None and p.name == visit.place.name
        and visit.trigger[0] not in _tour_subjects(verb) for stop, verb in onward)
    if told:  # "the minister's visit comes as part of a tour that will also take him to Oman": not Oman's
        visit.place, visit.place_from = None, None
    own = visit.place.country if visit.place is not None else None
    stops: list[EventDraft] = []
    seen = {own, *homes}
    for stop, verb in onward:
        place = lookup_place(compound_name(stop))
        if place is None or not place.country or place.country in seen:
            continue
        seen.add(place.country)
        future = any(c.dep_ == "aux" and c.lower_ in {"will", "'ll", "shall"} for c in verb.children)
        status = "planned" if future else "occurred" if verb.tag_ in {"VBD", "VBN"} else visit.status
        stops.append(replace(visit, recipient=[], participants=list(persons), place=place, place_from="text",
                             countries=sorted({place.country, *(h for h in homes if h)}),
                             status=status, date=None, date_start=None,
                             date_end=None, date_from=None, date_role=None, separate=True,
                             own_parties=list(persons), attendees=[]))
    if stops:
        visit.separate = True  # one stop of the tour: not merged with the others
    if stops and (own is not None or told):
        gone = {s.place.country for s in stops if s.place is not None}
        visit.participants = [a for a in visit.participants if state.actor(a).country not in gone]
        visit.recipient = [a for a in visit.recipient if state.actor(a).country not in gone]
        visit.countries = [c for c in visit.countries if c not in gone]
    return stops
