"""The sides of a supply deal told in its terms: "a deal under which Ukraine would pay $95 for 1,000
cubic meters of Russian gas", "a contract under which Kyiv will buy Azerbaijani gas", "an agreement
to import Romanian electricity". A clause of trade that spells out an agreement names its sides: the
one who buys, pays or sells, the one sold to or bought from, and the state whose goods are traded (the
goods' origin is the seller)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, in_subtree

__all__ = ["maker_in_terms", "traded_side"]

_GOODS_PATH = frozenset({"dobj", "pobj", "prep", "compound", "amod", "nmod", "conj"})


def _terms_clause(tok: Token, trigger: Token) -> Token | None:
    """The clause of trade (relcl/acl) that hangs from the agreement's document noun and holds ``tok``."""
    documents = [trigger] if trigger.pos_ != "VERB" else [
        c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    for cur in ancestors(tok, 10):
        if cur.dep_ in {"relcl", "acl"} and any(cur.head.i == d.i for d in documents) and not in_subtree(trigger, cur):
            return cur if cur.lemma_.lower() in word_set("trade_verbs") else None
    return None


def traded_side(tok: Token, trigger: Token) -> bool:
    """``tok`` is a side of the agreement told in its trade terms: the clause's subject ("under which
    Ukraine would pay"), the one sold to ("to sell Venezuela patrol boats"), or the origin of the
    goods ("Russian gas", "Azerbaijani gas")."""
    verb = _terms_clause(tok, trigger)
    if verb is None:
        return False
    if tok.head.i == verb.i and tok.dep_ in {"nsubj", "dative", "dobj"} and tok.ent_type_ in {"GPE", "NORP"}:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.ent_type_ == "GPE":
        return True  # "an agreement to buy wheat from Russia": the seller
    if tok.dep_ not in {"amod", "compound"} or tok.ent_type_ not in {"NORP", "GPE"}:
        return False  # "Russian gas": a state's adjective on the goods
    cur = tok.head
    while cur.i != verb.i:  # the goods are what the clause trades: its object, or "for ... of ..." under it
        if cur.dep_ not in _GOODS_PATH or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def maker_in_terms(tok: Token, trigger: Token) -> bool:
    """``tok`` is in the subject of a clause on the document that opens with a preposition and 'which'
    (or 'whereby'): 'a final communique in which the presidents of A, B and C pledged to ...', 'a
    declaration by which A and B committed to ...': the clause tells what its subject undertakes in
    the document, so the subject made it (not "a memorandum which will fund a line linking A's grid
    with B": the document itself is that clause's subject)."""
    documents = [trigger] if trigger.pos_ != "VERB" else [
        c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    clause = next((cur for cur in ancestors(tok, 10) if cur.dep_ in {"relcl", "acl"}
                   and any(cur.head.i == d.i for d in documents) and not in_subtree(trigger, cur)), None)
    if clause is None or not any(
            c.dep_ == "prep" and any(o.dep_ == "pobj" and o.tag_ == "WDT" for o in c.children)
            or c.dep_ == "advmod" and c.lower_ == "whereby" for c in clause.children):
        return False
    return any(in_subtree(tok, s) for s in clause.children if s.dep_ == "nsubj" and s.tag_ != "WDT")
