"""An official's stay told with the copula: 'X is in Sri Lanka', 'X is due in Baku', 'X will be the
guest of Y' (a visit when the place is abroad: events/build.py checks)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from dateline.extract.events.words import word_set
from dateline.extract.syntax import lexical_positions

__all__ = ["expected_place", "expected_presence", "presence", "presence_positions", "unnamed_official"]


def _in_state(tok: Token) -> bool:
    """'in Cairo': a prep 'in' child of ``tok`` whose object is a named place."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in c.children) for c in tok.children)


def expected_place(tok: Token) -> Token | None:
    """Where 'X is due in Baku' puts the official: the place of 'due in'."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "acomp")]
    return next((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                 for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)


def expected_presence(tok: Token) -> bool:
    """'X is due in Baku on Monday', 'X is expected in Cairo on Wednesday': an official's stay
    announced ahead (a planned visit when the place is abroad)."""
    if tok.lemma_ == "be" and tok.dep_ not in {"aux", "auxpass"}:
        return any(c.dep_ == "acomp" and c.lower_ in word_set("expected_words") and _in_state(c)
                   for c in tok.children) and _official_subject(tok, {"nsubj"})
    return tok.lower_ in word_set("expected_words") and tok.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in tok.children) and _in_state(tok) and _official_subject(tok, {"nsubjpass"})


@cache
def _presence_words() -> frozenset[str]:
    return frozenset({"be"}) | word_set("expected_words")


def presence_positions(doc: Doc) -> frozenset[int]:
    """The indices of the tokens :func:`presence` can hold for (it needs the copula, lemma 'be', or
    one of the expected words: 'due', 'expected'), from the Doc's lemma and word indexes once per
    Doc: the other verbs of a sentence are told no stay without reading their children."""
    return lexical_positions(doc, _presence_words())


def _official_subject(tok: Token, deps: set[str]) -> bool:
    return any(c.dep_ in deps and (any(t.ent_type_ in {"PERSON", "TITLE"} for t in c.subtree)
                                   or c.lower_ in {"he", "she", "they"}) for c in tok.children)


def presence(tok: Token) -> bool:
    """'X is in Sri Lanka', 'X and Y are in Lebanon holding talks', 'X will be in China next week',
    'X will be the guest of Y', 'X is due in Baku', 'X is expected in Cairo':
    an official's stay in a place (a visit when the place is abroad: events/build.py checks)."""
    if expected_presence(tok):
        return True
    if tok.lemma_ != "be" or tok.dep_ in {"aux", "auxpass"}:
        return False
    if not any(c.dep_ == "nsubj" and (any(t.ent_type_ in {"PERSON", "TITLE"} for t in c.subtree)
                                      or c.lower_ in {"he", "she", "they"}) for c in tok.children):
        return False
    if any(c.dep_ == "attr" and c.lemma_.lower() in word_set("guest_roles") and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(t.ent_type_ in {"PERSON", "TITLE", "GPE", "NORP"}
                                                          for t in p.subtree) for p in c.children)
           for c in tok.children):
        return True  # "X will be the guest of Slovak Prime Minister Y"
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in c.children) for c in tok.children)


def unnamed_official(tok: Token) -> bool:
    """The stay's subject is an official told by his post alone, his state by a possessive or an
    adjective: "Britain's top defense official is in Afghanistan", "Iran's top nuclear negotiator is
    in India for talks", "Chinese officials are in Pyongyang" (no name: his state is the visitor); not
    an envoy at his post ("the U.S. ambassador is in Kabul")."""
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) == 1 and subjects[0].lemma_.lower() in word_set("resident_envoy_words"):
        return False  # "the U.S. ambassador is in Kabul": at his post
    return len(subjects) == 1 and subjects[0].pos_ == "NOUN" and (
        subjects[0].lemma_.lower() in word_set("official_nouns") or subjects[0].ent_type_ == "TITLE") and not any(
        t.ent_type_ == "PERSON" for t in subjects[0].subtree)
