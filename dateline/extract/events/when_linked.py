"""Two clauses joined by 'when' (or 'during which', or a 'while' of a stay) tell one time and one place.

"Al-Yahya had visited Amman in May, when he met King Abdullah II": the talks of the 'when' clause
are in May and in Amman, the visit's, not the report's day at the dateline; "When she visited Lima
in March, she met President X" the same from the other side; "Aripov visited Astana in March, where
he met President Tokayev" (a past 'where' clause) the same, and so does "paid a visit to Luanda
in January 2023, during which he held talks with X" (the clause inside the engagement its noun names). A time fronted before two coordinated
verbs ("The next day, they co-chaired the council and signed a roadmap", "visited Kuwait in 2019 and met X") is both verbs' time. The clause a 'when' links an event's
verb to is found on the parse (no word list): the verb's head when the verb heads the 'when' clause,
or the 'when' clause under the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.places import lookup_place
from dateline.extract.syntax import ancestors, compound_name, governing_verb
from dateline.record import Place

__all__ = ["fronted_time", "linked_place", "linked_time", "when_partner", "where_place"]

_VERBS = frozenset({"VERB", "AUX"})
_OWN_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj"})
_FRAME_PREPOSITIONS = frozenset({"during", "at"})
_HOPS = 3  # from the 'when' clause's noun ("in May, when ...") up to the verb it tells of


def _when(verb: Token) -> bool:
    return any(c.lower_ == "when" and c.dep_ == "advmod" and c.i < verb.i for c in verb.children) or _while(verb)


def _while(verb: Token) -> bool:
    """'fell ill in 2019 while visiting Baku', 'last met in March, while X was on a state visit to
    Uzbekistan', 'while on an official visit to Azerbaijan': a 'while' clause of a stay (a participle,
    the copula or a bare 'on'/'in' phrase) tells the time of the clause it hangs on. A 'while' with a
    finite verb of its own sets two acts side by side ('X will visit Moscow, while Y will travel to
    Paris') and tells no shared time."""
    if not any(c.lower_ == "while" and c.dep_ in {"mark", "advmod"} and c.i < verb.i for c in verb.children):
        return False
    return verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children) or (
        verb.lemma_.lower() == "be" and not any(c.dep_ == "aux" for c in verb.children)) or verb.pos_ == "ADP"


def _past(verb: Token) -> bool:
    """'met', 'was received', 'had held': a finite past verb, active or passive."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


def _where_past(verb: Token) -> bool:
    """'visited Astana in March, where he met X' ('where he was received by X'): a past 'where' clause
    tells of the same stay."""
    return verb.dep_ == "relcl" and _past(verb) and any(
        c.lower_ == "where" and c.dep_ == "advmod" and c.i < verb.i for c in verb.children)


def _during_which(verb: Token) -> bool:
    """'paid a visit to Luanda in January 2023, during which he held talks', 'a summit, at which they
    signed ...': a relative clause told inside the engagement its antecedent names."""
    return verb.dep_ in {"relcl", "advcl"} and any(  # the parser hangs it on the noun or on its verb
        c.dep_ == "prep" and c.lower_ in _FRAME_PREPOSITIONS and c.i < verb.i
        and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children) for c in verb.children)


def when_partner(verb: Token) -> Token | None:
    """The verb of the clause 'when' (or a past 'where', or a 'during which') joins ``verb``'s clause
    to, if any."""
    if verb.dep_ in {"advcl", "relcl"} and _when(verb) or _where_past(verb) or _during_which(verb):
        cur = verb.head
        for _ in range(_HOPS):
            if cur.pos_ in _VERBS:
                return cur
            if cur.head.i == cur.i:
                return None
            cur = cur.head
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.pos_ in _VERBS and _when(c)), None)


def linked_time(tok: Token, verb: Token) -> bool:
    """``tok`` (a time) is the time of the clause 'when' joins ``verb`` to."""
    partner = when_partner(verb)
    if partner is None:
        return False
    for cur in ancestors(tok, _HOPS + 1):  # the partner's before the event's own verb
        if cur.i in {partner.i, verb.i}:
            return cur.i == partner.i
    return False


def fronted_time(tok: Token, verb: Token) -> bool:
    """'The next day, the prime ministers co-chaired the council and signed a roadmap', 'In 2019, X
    visited Kuwait and met Y', 'X visited Kuwait in 2019 and met Y': the time of the first of two
    coordinated verbs (told before the second) is the second's too, unless it sits in a clause of its
    own ('X, who arrived on Sunday, met Y and signed ...')."""
    first = verb.head
    if verb.dep_ != "conj" or verb.pos_ not in _VERBS or first.pos_ not in _VERBS or tok.i > verb.i:
        return False
    fronted = any(c.dep_ in {"nsubj", "nsubjpass"} and tok.i < c.i for c in first.children)
    if not fronted and not first.tag_ == verb.tag_ == "VBD":
        return False  # a trailing time is shared by two past verbs only ('is visiting ... from May 5 to 7 and')
    for cur in ancestors(tok, _HOPS + 1):
        if cur.i == first.i:
            return True
        if cur.dep_ in _OWN_CLAUSES:
            return False
    return False


def linked_place(verb: Token) -> Place | None:
    """The place the clause 'when' joins ``verb`` to goes to ('visited Amman', 'was in Amman'), or
    the first of two coordinated verbs ('In 2019, X visited Kuwait and met Y': in Kuwait)."""
    partner = when_partner(verb) or (verb.head if verb.dep_ == "conj" and verb.pos_ in _VERBS and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and verb.head.pos_ in _VERBS else None)
    if partner is None:
        return None
    # "paid a visit to Luanda ..., during which": the place told on the antecedent noun, after the verb's own
    # ("arrived in Paris on a visit to France during which": Paris)
    told = [*partner.children, *verb.head.children] if _during_which(verb) else list(partner.children)
    for child in told:
        objects = [child] if child.dep_ == "dobj" else [
            o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ in {"in", "to"} else []
        for obj in objects:
            if obj.ent_type_ == "GPE" and (place := lookup_place(compound_name(obj))) is not None:
                return place
    return None


def where_place(head: Token) -> Place | None:
    """The place a 'where' clause tells of: 'from Munich, where ...', also past the day the parser
    hangs it on: 'prepared the visit in Guatemala City on Friday, where he met ...'."""
    if head.ent_type_ in {"GPE", "LOC", "FAC"}:
        return lookup_place(compound_name(head))
    if head.ent_type_ not in {"DATE", "TIME"} or head.dep_ != "pobj":
        return None
    governor = governing_verb(head)
    for tok in reversed(head.doc[governor.i + 1:head.i]):  # the last place phrase of the clause before the day
        if tok.pos_ in {"VERB", "AUX"}:
            break
        if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at"} and tok.ent_type_ in {"GPE", "LOC", "FAC"} \
                and governing_verb(tok).i == governor.i:
            return lookup_place(compound_name(tok))
    return None
