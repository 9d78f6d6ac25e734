"""States a clause names around an engagement without making them its parties: the venue of talks
("met in Kazakhstan's capital, Astana", "talks in Abuja, Nigeria"), the post of an envoy
("the U.S. and Iranian ambassadors to Iraq"), and the channel a message went through ("through the
Swiss Embassy"). A venue's state is a party only when the clause tells one side alone in the
singular: then the state it went to is the other side ("Wang Yi held talks in Nigeria")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, in_subtree

__all__ = ["SIDED_KINDS", "channel_of", "plural_sides", "post_of_envoy", "venue_of", "venues_are_sides"]

# Kinds whose parties are the sides that meet or sign: a visit's host is the state it goes to, a
# gathering's the state that hosts it (guide: countries).
SIDED_KINDS = frozenset({"meeting", "multilateral", "call", "agreement", "invitation"})

_QUALIFIERS = frozenset({"poss", "amod", "compound", "appos", "npadvmod"})


def _place_like(tok: Token) -> bool:
    return tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.lemma_.lower() in _place_words()


def _place_words() -> frozenset[str]:
    return word_set("place_nouns") | word_set("venue_nouns")


def _locative(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in word_set("locative_preps")


def venue_of(tok: Token, trigger: Token) -> bool:
    """``tok`` names the place where the engagement is held: the object of a locative "in"/"at"
    ("met in Djibouti"), the state that qualifies that place ("in Nigeria's capital", "in the
    Nigerian capital", "in Abuja, Nigeria") or owns it ("in the capital of Nigeria")."""
    if trigger.i == tok.i:
        return False
    place = tok
    if not _locative(place) and place.dep_ in _QUALIFIERS and place.head.i != place.i:
        place = place.head  # "Nigeria's capital", "the Nigerian capital", "Abuja, Nigeria"
    elif place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.lemma_.lower() in word_set("place_nouns"):
        place = place.head.head  # "in the capital of Nigeria"
    if place.i != tok.i and not _place_like(place):
        return False  # "at Nigeria's request", "in the Nigerian president's office" name no place
    if not _locative(place):
        return False
    held = place.head.head  # what the place phrase hangs from: the verb, the cue, their clause
    return held.i == trigger.i or in_subtree(trigger, held) or held.pos_ in {"VERB", "AUX"} and in_subtree(held, trigger)


def post_of_envoy(tok: Token) -> bool:
    """``tok`` names where an envoy is posted: "the U.S. and Iranian ambassadors to Iraq", "the
    British envoy to the United Nations" (the envoy serves the other state)."""
    cur = tok
    if cur.dep_ in {"amod", "compound", "det"} and cur.head.dep_ == "pobj":
        cur = cur.head  # "ambassador to the Iraqi government"
    return cur.dep_ == "pobj" and cur.head.lower_ == "to" and (
        cur.head.head.lemma_.lower() in word_set("posting_nouns") or cur.head.head.lower_ in word_set("posting_nouns"))


def channel_of(tok: Token) -> bool:
    """``tok`` names the channel a message or request went through ("received a request through the
    Swiss Embassy", "via Oman's foreign ministry"), not a mediator ("through Qatari mediation")."""
    for cur in ancestors(tok, 3):
        if cur.dep_ == "pobj" and cur.head.lower_ in word_set("channel_preps"):
            return cur.lemma_.lower() not in word_set("mediation_words")
        if cur.dep_ not in _QUALIFIERS | {"det"}:
            return False
    return False


def plural_sides(trigger: Token) -> bool:
    """The clause's subject names two sides itself, one of them told by a common noun ("Negotiators
    from the Sudanese government and two rebel groups are expected ... for talks", "delegations of
    the government and the opposition are meeting"); not one side's several envoys ("Mitchell,
    Gates and Jones are holding talks in Israel": the state they went to is the other side)."""
    for cur in ancestors(trigger, 6):
        subjects = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"} and not in_subtree(trigger, c)]
        if subjects:
            return any(t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ in {"NOUN", "PROPN"}
                       for t in subjects[0].subtree)
    return False


def venues_are_sides(state: DocState, participants: list[str], venues: list[str], trigger: Token) -> bool:
    """The venue's state is a side when the clause tells no state of its own ("the CIS foreign
    ministers will meet in Kazakhstan's capital": the host and the body), or one side alone in the
    singular ("Wang Yi held talks in Nigeria": the state he went to)."""
    if not venues:
        return False
    sides = [state.actor(a) for a in participants if state.actor(a).kind in {"country", "person"}]
    if not sides:
        return True
    return len({a.country for a in sides} - {None}) < 2 and not plural_sides(trigger)
