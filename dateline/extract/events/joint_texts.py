"""Texts two or more states put out together: 'Russia and France issued a statement on Tuesday', 'the
two countries released a joint declaration', 'In the agreement, India and Saudi Arabia also pledged to
cooperate' (GUIDE: a joint statement is an agreement). The document's makers are the subjects of its own
clause, two states or more by name, or the two sides told as such ('the two countries', 'both leaders');
not a statement of one government, nor one a spokesman issued."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.time.lexicon import words

__all__ = ["framed_by_makers", "issued_together"]


def _two(noun: Token) -> bool:
    """'the two countries', 'both leaders'."""
    return any(c.lower_ in word_set("dual_words") or c.dep_ == "nummod" and words()["numbers"].get(c.lower_) == 2
               for c in noun.children)


def _makers(verb: Token) -> bool:
    """The verb's subject is two or more states by name, or the two sides told as such."""
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    sides = [t for s in subjects for t in (s, *s.conjuncts)]
    if len([t for t in sides if t.ent_type_ == "GPE"]) >= 2 and all(t.ent_type_ == "GPE" for t in sides):
        return True  # "Russia and France issued a statement"
    return len(sides) == 1 and sides[0].tag_ in {"NNS", "NNPS"} and _two(sides[0]) \
        and sides[0].lemma_.lower() in word_set("two_sides_nouns")  # "the two countries issued their statement"


def issued_together(tok: Token) -> bool:
    """'Russia and France issued a statement', 'the two countries released their declaration': a text its
    makers' own verb puts out (not "the ministry issued a statement")."""
    return tok.lemma_.lower() in word_set("joint_texts") and tok.dep_ == "dobj" \
        and tok.head.lemma_.lower() in word_set("issuing_verbs") and _makers(tok.head)


def framed_by_makers(tok: Token) -> bool:
    """'In the agreement, India and Saudi Arabia also pledged to cooperate', 'In a joint statement, the two
    leaders vowed ...': the document a clause of two or more states is told in (its frame)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep" \
        and tok.head.head.pos_ in {"VERB", "AUX"} and tok.head.i < tok.head.head.i and _makers(tok.head.head) \
        and not any(c.dep_ == "det" and c.lower_ in word_set("nonspecific_determiners") for c in tok.children)
