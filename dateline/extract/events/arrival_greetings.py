"""A guest met or received at the airport on arrival: a greeting, not talks.

"At the airport, he was met by Prime Minister X", "He was received at Tashkent International
Airport by Foreign Minister Y", "arrived at Abu Dhabi Presidential Airport, where he was received
by Z": the official who welcomes a guest off the plane holds no talks with him there (the visit
is told by the arrival; the talks, if any, are told by their own words). The place words are
``arrival_places`` in ``event_words.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set

__all__ = ["greeted_on_arrival"]

_AT = frozenset({"at", "in", "to"})


def _arrival_place(noun: Token) -> bool:
    return noun.lemma_.lower() in word_set("arrival_places") or noun.lower_ in word_set("arrival_places")


def greeted_on_arrival(tok: Token) -> bool:
    """The meeting verb ``tok`` is set at an airport: 'was met at the airport by X', 'At the airport,
    he was received by X', '(the airport,) where he was received by X'."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    if any(p.dep_ == "prep" and p.lower_ in _AT and any(o.dep_ == "pobj" and _arrival_place(o) for o in p.children)
           for p in tok.children):
        return True
    where = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
    if tok.dep_ != "relcl" or where is None:
        return False  # the place 'where' stands for: the clause's head, or a noun just before ('the airport today, where')
    near = tok.doc[max(tok.sent.start, where.i - 4):where.i]
    return _arrival_place(tok.head) or any(_arrival_place(t) for t in near)
