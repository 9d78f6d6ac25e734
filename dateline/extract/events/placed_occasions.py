"""A gathering told with an article and its own place is one occasion, named or not.

"He spoke on the sidelines of a federalism conference in Brussels", "a United Nations conference in
Rome discussed food prices": "a ... conference in <place>" is a particular sitting held there (unlike
"a conference on water", a kind of meeting, "conferences in the region", or "a news conference in
Kabul", one speaker's briefing), so it is a gathering
whenever its clause puts someone at it or has it sit and talk: the clause's verb with the gathering
as its subject ("discussed", "called for", "ended") tells it in session.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set

__all__ = ["placed_occasion", "sitting_subject"]

_PLACES = frozenset({"GPE", "LOC", "FAC"})


def placed_occasion(tok: Token) -> bool:
    """'a federalism conference in Brussels', 'an aid forum in Accra': a singular gathering noun
    with an indefinite article and an 'in' phrase naming a place of its own."""
    if tok.tag_ not in {"NN", "NNP"} or tok.lemma_.lower() not in word_set("gathering_nouns"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
        return False
    if any(c.lower_ in word_set("non_gathering_modifiers") for c in tok.children):
        return False  # "at a news conference in Kabul": the speaker's briefing
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.dep_ == "pobj" and o.ent_type_ in _PLACES for o in p.children) for p in tok.children)


def sitting_subject(tok: Token) -> bool:
    """'a United Nations conference in Rome discussed ...': a placed occasion that is the subject of
    its clause's verb (it sat and did something), told as held."""
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and placed_occasion(tok)
