"""A visit noun that names its own visitor: 'X recalled the visit of Emir Y to Astana' is Y's visit.

The visitor of "the visit of Y", "Y's visit", "a visit by Y" is Y; the subject of the verb the noun
hangs from ("X recalled", "X praised the outcomes of") tells of the visit and is no party of it
(unless the verb hosts: "X welcomed Y's visit", participants.py). Likewise a
meeting noun that names its own two sides: "He recalled the meeting between A and B" is A's and B's.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.syntax import ancestors

__all__ = ["named_between", "named_visitor", "told_by_subject"]


def named_visitor(tok: Token, noun: Token) -> bool:
    """'the visit of Emir Y', 'Y's visit', 'a visit by Y': ``tok`` is in the phrase naming the visitor."""
    for cur in ancestors(tok, 4):
        if cur.dep_ == "poss" and cur.head.i == noun.i:
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ in {"of", "by"} and cur.head.head.i == noun.i:
            return True
    return False


def named_between(tok: Token, noun: Token) -> bool:
    """'the meeting between A and B': ``tok`` is in the noun's 'between' phrase."""
    for cur in ancestors(tok, 5):
        if cur.dep_ == "pobj" and cur.head.lower_ == "between" and cur.head.head.i == noun.i:
            return True
    return False


def _told_of(noun: Token, verb: Token) -> bool:
    """The noun is what the verb tells of (its object, or the object's 'of' phrase: 'praised the
    outcomes of the visit'), not the time or setting of the verb's own act ('announced the plan
    during a visit by Y': Y's host announced it)."""
    for cur in ancestors(noun, 6):
        if cur.i == verb.i:
            return True
        if cur.dep_ in {"dobj", "nsubjpass"} and cur.head.i == verb.i:
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ != "of":
            return False
    return False


def told_by_subject(tok: Token, verb: Token, noun: Token) -> bool:
    """``tok`` is in the subject of the verb the visit noun hangs from (as what it tells of), outside
    the noun's phrase."""
    if noun.left_edge.i <= tok.i <= noun.right_edge.i or verb.i == noun.i or not _told_of(noun, verb):
        return False
    return any(cur.dep_ in {"nsubj", "nsubjpass"} and cur.head.i == verb.i for cur in ancestors(tok, 5))
