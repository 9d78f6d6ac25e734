"""Talks set beside a body's sitting: "X met his Kyrgyz counterpart on the sidelines of the meeting
of the SCO Council" is a bilateral meeting of its own, set where the sitting is."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set

__all__ = ["set_beside"]

_SET_AT = frozenset({"at", "during", "on", "in", "within"})


def set_beside(talks: Token, sitting: Token) -> bool:
    """'X met his Kyrgyz counterpart on the sidelines of the meeting of the SCO Council', 'held talks
    with Y within the framework of the CIS Council session', 'during the session ..., met Y': the
    sitting is where the talks are set; the talks with their named counterpart are an engagement
    of their own."""
    owners = [talks, talks.head] if talks.dep_ in {"dobj", "nsubjpass"} else [talks]  # "held a meeting with"
    if not any(c.dep_ == "prep" and c.lower_ == "with" or c.dep_ == "dobj" and (
            c.ent_type_ in {"PERSON", "TITLE"} or c.lemma_.lower() in word_set("official_nouns"))
               for o in owners for c in o.children):  # "met his Chinese counterpart Wang Yi on the sidelines of"
        return False  # "the ministers met on the sidelines of ...": who met whom is not told
    frames = word_set("sideline_nouns") | word_set("framework_nouns")
    for prep in (c for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ in _SET_AT):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.left_edge.i <= sitting.i <= o.right_edge.i):
            if obj.lemma_.lower() in frames or prep.lower_ == "during":
                return True
    return False
