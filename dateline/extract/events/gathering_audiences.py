"""A gathering told as the audience of a speech or the goal of a delegation.

"X told the U.N. General Assembly that ...", "will deliver a speech to the General Assembly", "is
leading the delegation to a meeting of the Asian Parliamentary Assembly", "his address to the
summit": the gathering is held and the speaker or the delegation is at it, as with "addressed". The
words are data (``audience_verbs``, ``audience_nouns``, ``audience_delegations``, ``audience_gatherings``,
``audience_sittings``, ``non_gathering_modifiers``); only occasions count, never a standing body ("told
Congress", "a letter to the Security Council", "the permanent delegation to the Parliamentary Assembly").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set

__all__ = ["addressed_gathering", "spoken_to"]


def _occasion(tok: Token) -> bool:
    """A gathering noun that names an occasion, not a press conference or a party meeting."""
    return tok.lemma_.lower() in word_set("audience_gatherings") and not any(
        c.lower_ in word_set("non_gathering_modifiers") for c in tok.children)


def _sitting_of_occasion(tok: Token) -> bool:
    """'a meeting of the Asian Parliamentary Assembly', 'the 81st session of the UN General Assembly'."""
    return tok.lemma_.lower() in word_set("audience_sittings") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and _occasion(o) and o.text[:1].isupper() for o in c.children)
        for c in tok.children)


def _holder(head: Token) -> str:
    """The noun the 'to' phrase hangs on ('a speech to', 'the delegation to'), or the delegation a
    verb leads there or the speech it delivers there ('is leading the Qatari delegation to')."""
    if head.pos_ in {"NOUN", "PROPN"}:
        return head.lemma_.lower()
    if head.pos_ == "VERB":  # (or 'delivered a speech to', the 'to' hung on the verb)
        return next((c.lemma_.lower() for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in word_set(
            "audience_delegations") | word_set("audience_nouns")), "")
    return ""


def addressed_gathering(tok: Token) -> bool:
    """The gathering noun is spoken to ('told the Assembly', 'a speech to the Assembly') or a
    delegation goes to it ('the delegation to a meeting of the X Assembly', 'to the summit')."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in word_set("audience_verbs"):
        return _occasion(tok)
    if tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return False
    holder = _holder(tok.head.head)
    if holder in word_set("audience_nouns"):
        return _occasion(tok) or _sitting_of_occasion(tok)
    if holder in word_set("audience_delegations"):  # a standing delegation to an assembly is no sitting of it
        return _occasion(tok) and tok.lemma_.lower() in word_set("delegation_occasions") or _sitting_of_occasion(tok) \
            or _sitting_of_body(tok)
    return False


def _sitting_of_body(tok: Token) -> bool:
    """'headed the delegation to the extraordinary session of the Council of Foreign Ministers': a
    delegation goes to a sitting of a named body (not to the body: 'the delegation to PACE')."""
    return tok.lemma_.lower() in word_set("audience_sittings") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.text[:1].isupper() for o in c.children)
        for c in tok.children)


def spoken_to(verb: Token) -> bool:
    """'delivered a speech to', 'led the delegation to': the verb's object goes to its 'to' phrase."""
    return _holder(verb) != ""
