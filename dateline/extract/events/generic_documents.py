"""Documents told in general, none concluded: what may be signed ("the Cabinet is empowered to sign
treaties"), any document of a kind ("under the law, an agreement reached through mediation will have the
force of a court ruling"), agreements in general ("the implementation of agreements"). documents.py
drops them."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.settlements import concluded_words
from dateline.extract.events.words import word_set

__all__ = ["any_such", "generic_plural", "power_to_sign"]

def power_to_sign(verb: Token) -> bool:
    """'India's prime minister and Cabinet are empowered to sign treaties', 'has the right to conclude
    agreements': an infinitive of signing under a word of power or permission, its object a bare plural,
    tells what may be signed in general, not a signing (not "are expected to sign agreements on trade",
    "was authorised to sign the accord")."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ != "VB" or verb.dep_ not in {"xcomp", "acl", "ccomp"} \
            or verb.head.lemma_.lower() not in word_set("capacity_words") and verb.head.lower_ not in word_set("capacity_words"):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "nummod", "poss"} for c in o.children) for o in objs)


def any_such(tok: Token) -> bool:
    """'Under the law, an agreement reached through mediation and certified by a notary will have the force
    of a court ruling': an indefinite document whose participle names no state, person, organisation, place
    or time, the subject of a rule (a modal or a present tense), is any such document, none concluded (not
    "an agreement signed in Ankara last week will take effect")."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or not any(c.dep_ == "det" and c.lower_ in {"a", "an", "any"} for c in tok.children) \
            or not (any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or verb.tag_ in {"VBZ", "VBP"}):
        return False
    told = [c for c in tok.children if c.dep_ in {"acl", "relcl"} and c.tag_ == "VBN" and c.lemma_.lower() in concluded_words()]
    return bool(told) and not any(t.ent_type_ in {"GPE", "NORP", "PERSON", "ORG", "DATE", "TITLE"} for c in told for t in c.subtree)


def generic_plural(tok: Token) -> bool:
    """A bare plural document noun in an of-phrase: agreements in general, not ones told here (but
    "witnessed the signing of agreements on trade": the signing of these)."""
    return tok.tag_ in {"NNS", "NNPS"} and tok.dep_ == "pobj" and tok.head.lower_ == "of" and not any(
        c.dep_ in {"det", "nummod", "poss"} for c in tok.children) \
        and tok.head.head.lemma_.lower() not in word_set("signing_nouns") | word_set("quantity_nouns")
