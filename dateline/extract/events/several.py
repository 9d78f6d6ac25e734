"""One sentence, several engagements: a trigger that stands for one engagement per counterpart or
per destination.

- "X met separately with A and B", "held bilateral meetings with his Chilean, Peruvian and
  Ecuadorian counterparts": one meeting per counterpart (a person, or a state whose official is
  not named);
- "will visit Angola, Nigeria and Liberia", "a tour of Chile and Peru": one visit per state.

"The interior ministers of Chile, Peru and Bolivia met" stays one multilateral meeting: only
"separately", "bilateral" or several destinations split a trigger.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.filter import destination
from dateline.extract.events.participants import countries_of
from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import compound_name, governing_verb
from dateline.record import Place

__all__ = ["split_engagements"]


def _one_each(tok: Token) -> bool:
    """'met separately', 'separate talks', 'bilateral meetings with ...'."""
    verb = governing_verb(tok)
    words = word_set("separately")
    if any(c.lower_ in words for c in [*verb.children, *tok.children]):
        return True
    return tok.tag_ in {"NNS", "NNPS"} and any(
        c.lower_ in word_set("pairwise_modifiers") for c in tok.children if c.dep_ in {"amod", "compound"})


def _own_states(state: DocState, ids: list[str]) -> set[str]:
    return {c for a in ids if (c := state.actor(a).country) and state.actor(a).kind in {"person", "country"}}


def _counterparts(state: DocState, event: EventDraft) -> list[list[str]]:
    """The recipients grouped by side: each named official with their state, then states whose
    official is not named ('his Chilean, Peruvian and Ecuadorian counterparts')."""
    home = _own_states(state, event.source)
    groups: list[list[str]] = []
    covered: set[str] = set(home)
    people = [a for a in event.recipient if state.actor(a).kind == "person"]
    for person in people:
        country = state.actor(person).country
        groups.append([person, *(a for a in event.recipient if state.actor(a).kind == "country"
                                 and country and state.actor(a).country == country)])
        if country:
            covered.add(country)
    for actor_id in event.recipient:
        actor = state.actor(actor_id)
        if actor.kind == "country" and actor.country and actor.country not in covered:
            groups.append([actor_id])
            covered.add(actor.country)
    return groups


def _by_counterpart(state: DocState, event: EventDraft) -> list[EventDraft]:
    groups = _counterparts(state, event)
    if len(groups) < 2 or not event.source:
        return [event]
    out = []
    for group in groups:
        part = replace(event, recipient=group, participants=[*event.source, *group], separate=True)
        part.countries = countries_of(state, part.participants)
        out.append(part)
    return out


def _destinations(tok: Token) -> list[Token]:
    """'visit Angola, Nigeria and Liberia', 'a visit to Chile and Peru', 'a tour of A and B'."""
    heads: list[Token] = []
    if tok.pos_ in {"VERB", "AUX"}:
        goal = destination(tok)  # "left Tokyo for a visit to Vietnam and Indonesia"
        heads = [goal] if goal is not None else [c for c in tok.children if c.dep_ == "dobj"]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in word_set("destination_prepositions"):
            heads += [c for c in prep.children if c.dep_ == "pobj"]
    out: list[Token] = []
    for head in heads[:1]:
        stack = [head]
        while stack:
            cur = stack.pop(0)
            if cur.ent_type_ in {"GPE", "LOC"} or cur.text[:1].isupper():
                out.append(cur)
            stack += [c for c in cur.children if c.dep_ == "conj"]
    return out


def _by_destination(state: DocState, event: EventDraft, tok: Token) -> list[EventDraft]:
    places: list[Place] = []
    for dest in _destinations(tok):
        place = lookup_place(compound_name(dest))
        if place is not None and place.country and all(p.country != place.country for p in places):
            places.append(place)
    home = _own_states(state, event.source)
    places = [p for p in places if p.country not in home]
    if len(places) < 2 or not event.source:
        return [event]
    out = []
    for place in places:
        hosts = [a for a in event.recipient if state.actor(a).country == place.country]
        part = replace(event, recipient=hosts, participants=[*event.source, *hosts], place=place, separate=True,
                       place_from="text")  # each stop is told: not a sub-visit of the first
        part.countries = sorted({*countries_of(state, part.participants), *(c for c in [place.country] if c)})
        out.append(part)
    return out


def split_engagements(state: DocState, event: EventDraft, tok: Token) -> list[EventDraft]:
    """The engagements one trigger stands for (itself, most of the time)."""
    if event.kind == "meeting" and _one_each(tok):
        return _by_counterpart(state, event)
    if event.kind == "visit":
        return _by_destination(state, event, tok)
    return [event]
