"""A day told right after the clause that schedules an engagement, however the parser hangs it: "to discuss
preparations for the 48th ASEAN Summit to be held in Cebu, the Philippines, on May 11-12" (the parser
sets "on May 11-12" on "discuss" past the comma of the place's apposition): the summit's days."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import holding_verbs
from dateline.extract.syntax import ancestors

__all__ = ["after_schedule"]

_SCHEDULING = {"xcomp", "ccomp", "acl", "relcl", "advcl"}


def _schedules(verb: Token, trigger: Token) -> bool:
    """``verb`` is a clause that holds the engagement: 'to be held', 'scheduled', 'due to take place'."""
    if verb.lemma_.lower() not in holding_verbs("scheduling_verbs") or verb.dep_ not in _SCHEDULING:
        return False
    if not any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "to" for c in verb.children):
        return False
    return verb.head.i == trigger.i or any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.i <= trigger.i <= c.right_edge.i for c in verb.children)


def after_schedule(tok: Token, trigger: Token, kind: str) -> bool:
    """``tok`` (a time) opens a phrase told right after a clause that schedules the trigger, with only
    punctuation between (the place's apposition closed by a comma)."""
    if kind not in {"gathering", "multilateral", "meeting", "visit"} or trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = next((a for a in ancestors(tok, 2) if a.dep_ == "prep"), tok)
    doc = tok.doc
    for verb in doc[trigger.i + 1:head.i]:
        if verb.pos_ in {"VERB", "AUX"} and _schedules(verb, trigger) and verb.right_edge.i < head.left_edge.i and all(
                t.is_punct for t in doc[verb.right_edge.i + 1:head.left_edge.i]) and not any(
                verb.i == a.i for a in ancestors(tok, 6)):
            return True
    return False
