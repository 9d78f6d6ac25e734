"""Where a travel verb goes: 'leave for Kampala', 'fly on to Phnom Penh', 'travel to Rome', 'left for talks with
Libyan officials in Tripoli' (the engagement's place). Read by the filter (a trip needs a destination), the place of
visits and gatherings, and the one-visit-per-destination split."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set

__all__ = ["destination"]


def destination(verb: Token) -> Token | None:
    """The place a travel verb goes to: 'leave for Kampala', 'fly on to Phnom Penh', 'travel to Rome'."""
    preps = [c for c in verb.children if c.dep_ in {"prep", "dative"}]
    for particle in (c for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ in {"on", "back", "onward"}):
        preps.extend(c for c in particle.children if c.dep_ == "prep")
    lemma = verb.lemma_.lower()
    words = {"for"} if lemma in word_set("departure_verbs") else {"to", "in", "for"} \
        if lemma in word_set("heading_verbs") else {"to", "in"}
    for prep in preps:
        if prep.lower_ not in words:
            continue
        for obj in prep.children:
            if lemma in word_set("going_verbs"):
                if obj.dep_ == "pobj" and obj.ent_type_ == "GPE":
                    return obj
                continue
            if obj.dep_ == "pobj" and (obj.ent_type_ in {"GPE", "LOC", "FAC"} or obj.text[:1].isupper()):
                return obj
            if obj.dep_ == "pobj" and prep.lower_ == "for" and {obj.lemma_.lower(), obj.lower_} & (
                    word_set("other_event_nouns") | word_set("tour_stop_nouns")):  # "for his next stop in X"
                # "left for talks with Libyan officials in Tripoli": the engagement's place
                for inner in obj.subtree:
                    if inner.dep_ == "prep" and inner.lower_ in {"in", "to"}:
                        place = next((o for o in inner.children if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"}),
                                     None)
                        if place is not None:
                            return place
    return None
