"""'in the Venezuelan city of Puerto Ordaz', 'in Kenya's port of Lamu': a town the gazetteer does
not know is still in the state its place noun names, by a demonym ('the Venezuelan city of') or a
possessive ('Kenya's port of'). The place keeps the town's name, with that state and no coordinates."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.extract.events.words import word_set
from dateline.extract.landmarks import capital_of
from dateline.extract.places import city_in_country, demonym_code, lookup_place
from dateline.extract.syntax import compound_name, span_ents
from dateline.extract.territories import continent
from dateline.record import Place

__all__ = ["city_of_state_told", "continent", "owned_venue", "state_named_city"]


def state_named_city(ent: Span) -> Place | None:
    """The place 'the <Demonym> city of <Name>' tells, when only its state is known."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.lemma_.lower() not in word_set("place_nouns"):
        return None
    noun, name = root.head.head, ent.text
    if ent.label_ in {"DATE", "TIME"}:  # "the Chilean port of X Friday": the parser hangs the town on the day
        parts = [c for c in root.children if c.dep_ == "compound" and c.i < ent.start]
        if not parts:
            return None
        name = ent.doc[parts[0].i:ent.start].text
    elif ent.label_ not in {"GPE", "LOC", "FAC"} and not any(t.pos_ == "PROPN" for t in ent):
        return None
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "poss", "nmod"} and child.i < noun.i:
            code = demonym_code(compound_name(child) if child.dep_ == "poss" else child.text)
            if code is not None:
                return Place(name=name, country=code)
    return None


def owned_venue(verb: Token, trigger: Token) -> Place | None:
    """'at Venezuela's presidential palace', 'at the Russian Foreign Ministry': a seat of government
    its state names is in that state's capital."""
    for head in (verb, trigger):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"at", "in", "inside"}:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.lemma_.lower() not in word_set("venue_nouns"):
                    continue
                for child in obj.children:
                    if child.dep_ in {"poss", "amod", "compound", "nmod"} and child.i < obj.i \
                            and (code := demonym_code(compound_name(child))) is not None:
                        return capital_of(code)
    return None


def city_of_state_told(doc: Doc, end: int, place: Place | None) -> Place | None:
    """'in San Jose, Costa Rica', 'in Valencia, Spain': a city whose name ends before token ``end`` and is
    followed by the state it is in is that state's city (not the largest city of the name elsewhere)."""
    if place is None or not place.country or end + 1 >= len(doc) or doc[end].text != ",":
        return place
    if demonym_code(place.name or "") == place.country:
        return place  # a state itself ("in Kenya, Uganda and Rwanda")
    after = next((e for e in span_ents(doc[end + 1:min(len(doc), end + 6)]) if e.start == end + 1), None)
    state = lookup_place(after.text) if after is not None and after.label_ == "GPE" else None
    if state is None or not state.country or state.country == place.country or demonym_code(state.name or "") != state.country:
        return place  # not a state ("Annapolis, Maryland"), or the state the city is already in
    return city_in_country(place.name or "", state.country)
