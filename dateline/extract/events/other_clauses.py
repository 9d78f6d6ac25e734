"""A person told in a clause of his own beside a signing does that clause's verb, not the signing:
"a formal agreement will be signed in June when President X is due to visit Moscow", "As Chancellor X
visited Beijing, Chinese officials signed agreements to buy jets". The clause is an adverbial one
opened by a subordinator ('when', 'as', 'while', 'after') with a subject of its own, hung from the
signing's verb, whose own subject is no pronoun ("When A and B met, they signed a treaty": 'they' are
A and B) and whose verb is no verb of looking on ("signed as the two presidents looked on": they
witness it). The person's state still counts among the document's states.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors

__all__ = ["in_other_clause"]


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in verb.children)


def _subordinate(clause: Token) -> bool:
    return clause.dep_ == "advcl" and clause.pos_ in {"VERB", "AUX"} \
        and any(c.dep_ in {"mark", "advmod"} and c.tag_ in {"IN", "WRB"} for c in clause.children) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) \
        and clause.lemma_.lower() not in word_set("witnessing_verbs") | word_set("onlooker_verbs")


def in_other_clause(tok: Token, verb: Token) -> bool:
    """``tok`` sits in a subordinate clause of ``verb`` with a subject of its own, and ``verb`` has a
    subject (no pronoun) of its own: the clause tells another doing."""
    if not _own_subject(verb):
        return False
    for cur in ancestors(tok, 10):
        if cur.i == verb.i:
            return False
        if cur.head.i == verb.i:
            return _subordinate(cur)
    return False
