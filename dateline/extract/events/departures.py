"""Where an engagement is told by the place its party leaves after it.

"X left New Delhi following three days of talks", "the minister departed from Tashkent after a
two-day visit", "Before leaving Baku, X held talks with Y": the talks (or the visit) were held in
the place left, the object of a verb of departure (or its from-phrase) whose time phrase is the
engagement, or whose clause opened by "before" is on the engagement's verb. Only the place left
counts, never the destination ("left for Astana after talks": Astana is where he goes next).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.places import lookup_place
from dateline.extract.syntax import ancestors, compound_name
from dateline.record import Place

__all__ = ["departure_place", "journey_after", "left_after"]

_PLACED = frozenset({"GPE", "LOC"})


def _place_left(departure: Token) -> Place | None:
    """'left New Delhi', 'departed from Tashkent': the place left (not 'left for Astana')."""
    for child in departure.children:
        if child.dep_ == "dobj" and child.ent_type_ in _PLACED:
            return lookup_place(compound_name(child))
        if child.dep_ == "prep" and child.lower_ == "from":
            obj = next((o for o in child.children if o.dep_ == "pobj" and o.ent_type_ in _PLACED), None)
            if obj is not None:
                return lookup_place(compound_name(obj))
    return None


def left_after(trigger: Token) -> Token | None:
    """The verb of departure whose 'after'/'following' phrase holds the engagement ('left X
    following three days of talks', 'left X after meeting Y')."""
    for cur in ancestors(trigger, 5):
        head = cur.head
        if cur.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep" and head.lower_ in word_set("departure_after_preps") \
                and head.head.lemma_.lower() in word_set("departure_verbs"):
            return head.head
        if cur.dep_ not in {"pobj", "pcomp", "prep"}:
            return None
    return None


def journey_after(trigger: Token, journey: Token) -> bool:
    """'After holding talks with X, Y will travel to Tanzania', 'Following the talks, he flew on to Doha':
    the engagement is told in an 'after' phrase of the journey, so the journey's end is not its place."""
    if journey.lemma_.lower() not in word_set("journey_verbs"):
        return False
    for cur in ancestors(trigger, 6):
        if cur.dep_ == "prep" and cur.head.i == journey.i:
            return cur.lower_ in word_set("departure_after_preps")
    return False


def _leaving_before(verb: Token) -> Token | None:
    """'Before leaving Baku, X held talks': the departure a 'before' phrase on the engagement's verb tells."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "before":
            continue
        for comp in prep.children:
            if comp.dep_ == "pcomp" and comp.lemma_.lower() in word_set("departure_verbs"):
                return comp
    return None


def departure_place(verb: Token, trigger: Token) -> Place | None:
    """The place the engagement's party leaves right after it, as the engagement's own place."""
    departure = left_after(trigger) or _leaving_before(verb)
    if departure is None:
        return None
    place = _place_left(departure)
    return place if place is not None and place.country else None
