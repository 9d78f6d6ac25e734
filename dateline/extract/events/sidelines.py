"""Talks set beside a body's sitting: "X met his Kyrgyz counterpart on the sidelines of the meeting
of the SCO Council" is a bilateral meeting of its own, set where the sitting is; the states that
sit at the meeting beside it are no sides of those talks (:func:`sideline_sides`: "held talks with
Kazakh Foreign Minister X on the sidelines of the meeting of the foreign ministers of Azerbaijan,
Kazakhstan, Türkiye and Uzbekistan" is Azerbaijan's and Kazakhstan's talks)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.events.words import word_set
from dateline.extract.places import igo_codes
from dateline.extract.syntax import governing_verb, token_at

__all__ = ["set_beside", "sideline_sides"]

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


def _beside_phrase(talks: Token) -> tuple[int, int] | None:
    """The characters of 'on the sidelines of ...', 'on the margins of ...' told on the talks."""
    verb = governing_verb(talks)
    for prep in (c for o in {talks, verb} for c in o.children if c.dep_ == "prep" and c.lower_ in _SET_AT):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in word_set("sideline_nouns")):
            return obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    return None


def sideline_sides(state: DocState, events: list[EventDraft]) -> None:
    """Take out of bilateral talks the states told only inside the sitting they are set beside."""
    doc = state.doc
    if doc is None:
        return
    for event in events:
        if event.kind != "meeting" or len(event.countries) < 3:
            continue
        talks = token_at(doc, event.trigger[0])
        phrase = _beside_phrase(talks) if talks is not None else None
        if talks is None or phrase is None:
            continue
        outside = {m.actor_id for m in state.mentions_starting(talks.sent.start_char, talks.sent.end_char)
                   if not phrase[0] <= m.start < phrase[1]}
        gone = {a for a in event.participants if state.actor(a).kind in {"country", "group"} and a not in outside}
        kept = [a for a in event.participants if a not in gone]
        states = [c for c in countries_of(state, kept) if c not in igo_codes()]
        if gone and len(states) >= 2:
            event.drop_parties(gone)
            event.countries = sorted(set(countries_of(state, event.participants)))
