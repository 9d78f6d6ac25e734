"""A leader's inauguration or funeral that foreign guests attend: a gathering.

"will lead the delegation to the inauguration of Iranian President X", "attended the funeral of
the late Emir", "President X's swearing-in ceremony": the ceremony of a person in office (or who
held it) is an occasion where states meet; "the inauguration of a new bridge" is not.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import lemma_tokens

__all__ = ["ceremony_nouns", "foreign_guests", "leader_ceremony"]


def _personal(tok: Token) -> bool:
    return tok.ent_type_ in {"PERSON", "TITLE"}


def _attended(tok: Token) -> bool:
    """'attended the inauguration', 'a delegation to the funeral', 'in Mexico for the inauguration',
    'at the funeral', 'the inauguration was attended by': a ceremony guests go to, not one merely told."""
    if tok.dep_ == "pobj":
        return tok.head.lower_ in {"to", "for", "at"}
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in word_set("ceremony_attending_verbs")
    return tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in word_set("ceremony_attending_verbs")


@cache
def _ceremony_lemmas() -> frozenset[str]:
    return word_set("occasion_parts") | word_set("leader_ceremonies")


def ceremony_nouns(sent: Span) -> list[Token]:
    """The tokens of ``sent`` whose lemma ``leader_ceremony`` can take (a ceremony noun or an
    occasion's part), from the Doc's lemma index: the others are not read."""
    return lemma_tokens(sent, _ceremony_lemmas())


def leader_ceremony(tok: Token) -> bool:
    """'the inauguration of Iranian President X', 'X's inauguration', 'the funeral of the late Emir',
    'the presidential inauguration': a ceremony noun (``leader_ceremonies``) of a person in office."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma = tok.lemma_.lower()
    part = lemma in word_set("occasion_parts") and any(  # "the inauguration ceremony of X"
        c.dep_ == "compound" and c.lemma_.lower() in word_set("leader_ceremonies") for c in tok.children)
    if not part and (lemma not in word_set("leader_ceremonies") or tok.dep_ == "compound"):
        return False
    if not _attended(tok):
        return False
    if any(c.dep_ == "amod" and c.lower_ in word_set("leader_ceremony_modifiers") for c in tok.children):
        return True  # "the presidential inauguration", "the state funeral"
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(_personal(t) for o in owners for t in o.subtree)


def foreign_guests(state: DocState, event: EventDraft) -> bool:
    """Whether the ceremony's sentence tells a state besides the host ('Kazakh President X attended
    the inauguration of Uzbek President Y'); 'X attended the funeral of former President Y' at home
    is no engagement between states."""
    hosts = {event.place.country} if event.place is not None and event.place.country else set(event.countries)
    told = {state.actor(m.actor_id).country for m in state.mentions_in(*event.sentence)
            if state.actor(m.actor_id).kind in {"person", "country"}}
    return bool(hosts) and bool(told - hosts - {None})
