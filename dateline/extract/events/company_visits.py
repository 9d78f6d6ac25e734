"""A company's trip is no visit between states.

"A delegation of Qatar Airways visited Kigali airport", "executives of the carrier arrived in
Astana", "the visit by representatives of the Chinese company CEFC": the visitor is a company (a
company noun heads it, names it or stands before its name; events/signers.py ``company_side``
agrees it is no state's body), whatever state owns it. Engagements
are between states; a company's delegation makes none. The visitor is read from the visit's own
words: the subject of a travel verb, the owner of a visit noun ("Boeing's visit") or its "by" phrase,
through the group nouns that stand for their members ("a delegation of", "executives of").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState
from dateline.extract.events.cues import cues
from dateline.extract.events.signers import company_side
from dateline.extract.events.words import word_set

__all__ = ["company_counterpart", "company_visitor"]


def _visitors(tok: Token) -> list[Token]:
    """The heads of the phrases the visit's words give as its visitor."""
    if tok.pos_ in {"VERB", "AUX"}:
        return [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    heads = [c for c in tok.children if c.dep_ == "poss"]
    heads += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    if not heads and tok.dep_ == "dobj" and tok.head.lemma_ in {"pay", "make"}:
        heads = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "Boeing executives paid a visit"
    return heads


def _member_of(head: Token) -> Token:
    """'a delegation of Qatar Airways' -> 'Airways'; 'Boeing executives' stays (a compound owner)."""
    groups = word_set("visitor_group_nouns")
    while head.lemma_.lower() in groups or head.lower_ in groups:
        owner = next((o for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
                      for o in p.children if o.dep_ == "pobj"), None)
        if owner is None:
            owner = next((c for c in head.children if c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN"), None)
        if owner is None:
            return head
        head = owner
    return head


def _told_as_company(head: Token) -> bool:
    """A company noun heads the phrase or its name ('Qatar Airways', 'the firm'), or stands before
    the name ('the Chinese company CEFC'): a name alone ('Boeing') may be a person's the tagger
    misread, and is left alone."""
    heads = word_set("company_heads")
    name = [head, *(c for c in head.children if c.dep_ == "compound")]
    before = head.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    return any(t.lower_ in heads or t.lemma_.lower() in heads for t in name) or (
        before is not None and before.lower_ in heads) or any(
        c.dep_ == "appos" and c.lemma_.lower() in heads for c in head.children)


def company_visitor(state: DocState, tok: Token) -> bool:
    """The visit's words give a company as its visitor (each of them, when several)."""
    members = [_member_of(h) for h in _visitors(tok)]
    return bool(members) and all(_told_as_company(m) and company_side(state, m) for m in members)


def _met(tok: Token) -> list[Token]:
    """The heads of the phrases the talks' words give as the side met: the object of 'with' on the
    talks' word or on the verb it is the object of ('met with X', 'held talks with X'), or the
    object of a hosting verb ('received X'), each with those coordinated with it."""
    words = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    heads = [o for w in words for p in w.children if p.dep_ == "prep" and p.lower_ == "with"
             for o in p.children if o.dep_ == "pobj"]
    if tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in cues().hosting:
        heads += [c for c in tok.children if c.dep_ == "dobj"]
    return heads + [c for h in heads for c in h.conjuncts]


def company_counterpart(state: DocState, tok: Token) -> bool:
    """The talks' words give a company as the side met, and nothing else ('met with executives of the
    Chinese company X', 'held talks with a delegation of the Turkish firm Y'): a minister's talks with
    a firm are no engagement between states, whatever state owns it."""
    members = [_member_of(h) for h in _met(tok)]
    return bool(members) and all(_told_as_company(m) and company_side(state, m) for m in members)
