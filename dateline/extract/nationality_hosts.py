"""The host told by the city of the talks (nationality.py): "Turkish head of state X held talks with
Chancellor Y in Bonn", "... demonstrated in Quito as the Venezuelan leader held talks with President
Y". An official whose phrase names no state, who talks with an official of another state and is no
guest himself (the one the talks are held with, not a member of a delegation), serves the state of the one city the sentence places something in, when no other
state is named: only in the sentence that first names him, not for a call (held nowhere), and not
for a city a noun of the topic holds ("discussed the situation in Gaza").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from dateline.extract.document import ActorDraft, DocState
from dateline.extract.nationality_encounters import encounter
from dateline.extract.places import major_city, name_index
from dateline.extract.syntax import span_ents
from dateline.gazetteer import soft_fold
from dateline.lexicons.loader import load_lexicon

__all__ = ["hosts_by_city"]

_MIN_POPULATION = 100_000  # a city a report names alone, not one of many small towns of one name
_CALLS = frozenset(load_lexicon("people_coref.yaml")["encounter_calls"])


def _city_state(text: str) -> str | None:
    """The state of a capital or a large city named alone; None for a state's own name."""
    hit = name_index().get(soft_fold(text))
    if hit is not None:
        return hit[0] if hit[1] == "capital" else None
    place = major_city(text, _MIN_POPULATION)
    return place.country if place is not None else None


def _placed_in(ent: Span) -> bool:
    """'demonstrated in Bonn', 'talks with Y in Bonn', 'protesters in Tirana', 'waved flags in Quito as
    X held talks': a place of an act or of its doers, not of a topic's noun ('the situation in Gaza',
    'talks on the war in Ukraine')."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ not in {"in", "at"}:
        return False
    noun = prep.head
    if noun.pos_ in {"VERB", "AUX", "PROPN"} or encounter(noun):
        return True
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "NUM"}:
        noun = noun.head.head  # "thousands of supporters in Accra"
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        return True
    # "waved flags in Quito as the leader held talks": the object of an act the talks' clause accompanies
    return noun.dep_ == "dobj" and any(c.dep_ == "advcl" and any(encounter(t) for t in c.subtree)
                                       for c in noun.head.children)


def _city_states(sent: Span) -> set[str]:
    return {code for ent in span_ents(sent) if ent.label_ == "GPE" and _placed_in(ent) and (code := _city_state(ent.text))}


def _partner(state: DocState, doc: Doc, person: ActorDraft, sent: Span) -> bool:
    """The person is the one the talks are held with ('held talks with Chancellor Y', 'met Y'), not a
    member of a delegation listed beside the guest."""
    for m in state.mentions_starting(sent.start_char, sent.end_char):
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.actor_id == person.id else None
        root = span.root if span is not None else None
        if root is not None and (root.dep_ == "pobj" and root.head.lower_ == "with"
                                 or root.dep_ == "dobj" and encounter(root.head)):
            return True
    return False




def hosts_by_city(state: DocState, doc: Doc, guest: Callable[[ActorDraft], bool]) -> None:
    """Officials left without a state who host a foreign official's talks in a city: its state."""
    first: dict[str, int] = {}
    for m in state.mentions:  # one pass: where each person is first named
        first[m.actor_id] = min(first.get(m.actor_id, m.start), m.start)
    for sent in doc.sents:
        in_sent = state.mentions_starting(sent.start_char, sent.end_char)
        people = {m.actor_id: state.actor(m.actor_id) for m in in_sent if state.actor(m.actor_id).kind == "person"}
        todo = [p for p in people.values() if p.title and not p.country and p.role != "honorific"]
        claimed = {p.country for p in people.values() if p.country}
        if len(todo) != 1 or len(claimed) != 1 or not sent.start_char <= first[todo[0].id] < sent.end_char \
                or not any(encounter(t) for t in sent) or any(t.lemma_.lower() in _CALLS for t in sent):
            continue
        cities = _city_states(sent)
        named = {c for m in in_sent if (a := state.actor(m.actor_id)).kind == "country" and (c := a.country)}
        if len(cities) != 1 or cities == claimed or not named <= cities | claimed \
                or not _partner(state, doc, todo[0], sent) or guest(todo[0]):
            continue
        todo[0].country = cities.pop()
