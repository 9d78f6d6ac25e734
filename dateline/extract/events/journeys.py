"""Talks a journey under way is for are still ahead: 'X is on his way to Washington for talks Friday'.

A traveller told as on the way ('is on his way to Brussels', 'is en route to Chile') or as travelling
now ('is heading to Beijing', 'are flying to Doha') for talks or a summit has not held them yet: the
engagement the journey is for is planned (the report's own day keeps it under way elsewhere); the trip
itself is under way ('is on his way to Canada for a two-day trip': occurred). A journey told in the
past ('left for Moscow for talks', 'arrived in Baku for talks') says nothing of it.

A departure told in the present ('He then flies to the Netherlands', 'heads to the region today', 'is
travelling to Ecuador, Colombia and Peru') is the journey's start: the stay at its destination is
still ahead, so the visit is planned; 'is on his way to X' (the copula) is a trip under way. A move to
a province or a city that is no capital ('Mr. Fox also heads to California') may be a leg of a stay
already under way, and says nothing of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.places import country_code, country_entry, lookup_place
from dateline.extract.syntax import compound_name

__all__ = ["departing", "journey_ahead", "trip_purpose"]

_NOW = frozenset({"is", "are", "am", "'s", "'re"})


def _on_the_way(verb: Token, purpose: Token) -> bool:
    """'is on his way to X', 'is en route to X': the copula with a way noun outside the purpose phrase."""
    return verb.lemma_ == "be" and verb.tag_ in {"VBZ", "VBP"} and any(
        t.lower_ in word_set("journey_nouns") for c in verb.children if c.i != purpose.i for t in c.subtree)


def _travelling_now(verb: Token) -> bool:
    """'is heading to Brussels', 'are flying to Doha': a journey verb in the present progressive."""
    return verb.tag_ == "VBG" and verb.lemma_.lower() in word_set("journey_verbs") and any(
        c.dep_ == "aux" and c.lower_ in _NOW for c in verb.children)


def journey_ahead(tok: Token) -> bool:
    """``tok`` (talks, a summit) is what a journey under way is for: 'for talks', 'for the summit'."""
    purpose = tok.head
    if tok.dep_ != "pobj" or purpose.lower_ != "for" or purpose.head.i == purpose.i:
        return False
    verb = purpose.head
    return _on_the_way(verb, purpose) or _travelling_now(verb)


def trip_purpose(tok: Token) -> bool:
    """``tok`` (talks) is what a trip is for: 'arrived in Tokyo for talks', 'is heading to Brasilia for
    talks', 'is in Canberra for talks', 'a visit to Hanoi for talks'. Not 'called for talks', 'pressed
    for talks' (a demand, no trip): the purpose hangs on a verb of travel or arrival, on 'be' placed by
    a phrase of its own, or on a trip's noun."""
    purpose = tok.head
    if tok.dep_ != "pobj" or purpose.lower_ != "for" or purpose.head.i == purpose.i:
        return False
    head = purpose.head
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN":
        return lemma in word_set("visit_nouns")
    if lemma in word_set("journey_verbs") or lemma in word_set("arrival_words") or lemma == "come":
        return True
    return lemma == "be" and any(c.dep_ == "prep" and c.i != purpose.i and c.lower_ in {"in", "on"}
                                 for c in head.children)  # "is in Canberra for talks", "is on his way"


def departing(trigger: Token) -> bool:
    """A visit told by a journey verb in the present with a destination of its own ('flies to the
    Netherlands', 'heads to the region', 'is travelling to Ecuador', 'leaves for Tokyo')."""
    if trigger.lemma_.lower() not in word_set("journey_verbs"):
        return False
    aux = [c for c in trigger.children if c.dep_ in {"aux", "auxpass"}]
    simple = trigger.tag_ in {"VBZ", "VBP"} and not aux
    goals = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"to", "for"}
             for o in c.children if o.dep_ == "pobj"]
    return (simple or _travelling_now(trigger)) and bool(goals) and all(_abroad(goal) for goal in goals)


def _abroad(goal: Token) -> bool:
    """A destination that opens a trip abroad: a state, a capital, or no place of the gazetteer ('the
    region'); not a province or another city, where a stay under way may only be moving on."""
    name = compound_name(goal)
    if goal.pos_ != "PROPN" or country_code(name) is not None:
        return True
    place = lookup_place(name)
    entry = country_entry(place.country or "") if place is not None else None
    return entry is not None and name.lower() in {c.lower() for c in entry.capitals}
