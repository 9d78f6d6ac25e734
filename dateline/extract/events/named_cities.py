"""'in the Venezuelan city of Puerto Ordaz', 'in Kenya's port of Lamu': a town the gazetteer does
not know is still in the state its place noun names, by a demonym ('the Venezuelan city of') or a
possessive ('Kenya's port of'). The place keeps the town's name, with that state and no coordinates."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.events.words import word_set
from dateline.extract.landmarks import capital_of
from dateline.extract.places import demonym_code
from dateline.extract.syntax import compound_name
from dateline.extract.territories import continent
from dateline.record import Place

__all__ = ["continent", "owned_venue", "state_named_city"]


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
