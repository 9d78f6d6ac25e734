"""The role a mention plays in the clause of an engagement: its doer (``source``), the one it is done
with (``recipient``), or neither (``other``); under 'receive'/'host' the host and the guest."""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from dateline.extract.events.cues import Cue, cues
from dateline.extract.events.geometry import antecedent_span, relative_subject
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors

__all__ = ["Role", "clause_role", "hosting_role", "listed_participle"]

Role = Literal["source", "recipient", "other"]


def listed_participle(tok: Token) -> bool:
    """A listing participle hung as a preposition ('diplomacy, including talks'): its list is its noun's
    (what the noun is in the clause, asked for or told, so is each thing it lists)."""
    return tok.dep_ == "prep" and tok.tag_ == "VBG" and tok.lemma_.lower() in word_set("listing_verbs")


def clause_role(tok: Token, verb: Token, cue: Cue) -> Role:
    """Whether a mention is the doer of the engagement, the one it is done with, or neither, by its place
    in the clause of the engagement's verb."""
    if cue.via != "verb":
        for cur in ancestors(tok, 3):
            if cur.pos_ in {"VERB", "AUX"}:
                break  # "a visit by X, who urged Y": Y is no visitor
            if cur.dep_ == "pobj" and cur.head.lower_ == "by" and cur.head.head.i == cue.token.i:
                return "source"  # "a visit to Lima by X", "talks by X": the doer
    for cur in ancestors(tok, 4):  # "the visit paid by the Indian minister": the agent is its source
        if cur.dep_ == "agent" and cur.head.dep_ in {"acl", "relcl"} and cur.head.head.i == cue.token.i:
            return "source"
    antecedent = relative_subject(verb)
    if antecedent is not None and antecedent.left_edge.i <= tok.i <= antecedent.i:
        return "source"  # "a trip by X, who is to meet Y": X meets
    if verb.dep_ == "relcl" and tok.i in antecedent_span(verb.head, verb):
        rel = [c.dep_ for c in verb.children if c.tag_ in {"WP", "WDT"} or c.lower_ in {"who", "which", "that"}]
        if "nsubj" in rel:
            return "source"  # "Lavrov, who arrived in Beijing on Tuesday": the antecedent is the subject
        if "nsubjpass" in rel:
            return "recipient" if cue.kind != "visit" else "source"
    for cur in ancestors(tok, 6):
        if cur.head.i != verb.i:
            if (verb.dep_ == "xcomp" or verb.dep_ in {"conj", "dep"} and verb.head.lemma_.lower() in cues().verbs) \
                    and cur.dep_ in {"nsubj", "nsubjpass"} and cur.head.i in {
                    verb.head.i, verb.head.head.i if verb.head.dep_ == "acomp" else verb.head.i}:
                return "source"  # "X is set to visit", "X is due to travel", "X visited A and will visit B"
            continue
        if cur.dep_ in {"nsubj", "nsubjpass", "agent"}:
            return "recipient" if cur.dep_ == "nsubjpass" and cue.kind != "visit" else "source"
        return "recipient"
    return "other"


def hosting_role(tok: Token, verb: Token, role: Role) -> Role:
    """Under 'receive'/'host' the host is the subject or the agent, the guest the object or the
    passive subject ('Y was received by X during his visit')."""
    for cur in ancestors(tok, 6):
        if cur.head.i == verb.i:
            if cur.dep_ in {"nsubj", "agent"}:
                return "recipient"
            if cur.dep_ in {"dobj", "nsubjpass"}:
                return "source"
            return role
    return role
