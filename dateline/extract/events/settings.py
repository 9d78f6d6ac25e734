"""Talks held at a gathering are where the gathering is.

"The presidents reached the agreement at a summit hosted by X in Tripoli", "the ministers met on
the sidelines of the forum in Davos": the agreement and the meeting name no place of their own, the
gathering they are set at does. "On the sidelines, X met Y" with no gathering named is set at the
gathering told just before (a document signed "following the talks in X" is placed by
:mod:`.signings`). One pass over the document's events.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import governing_verb, token_at

__all__ = ["gathering_settings", "set_beside"]

_SET_AT = frozenset({"at", "during", "on", "in", "within"})
_KINDS = frozenset({"meeting", "agreement", "multilateral"})
_NEAR = 2  # sentences: "On the sidelines" looks back this far for its gathering


def _setting_verb(trigger: Token) -> Token | None:
    """The verb a gathering noun is the setting of: 'at the summit', 'on the sidelines of the summit'."""
    cur = trigger
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in word_set(
            "sideline_nouns") | word_set("framework_nouns"):
        cur = cur.head.head  # "within the framework of the forum"
    if cur.dep_ != "pobj" or cur.head.lower_ not in _SET_AT:
        return None
    return governing_verb(cur.head)


def set_beside(talks: Token, sitting: Token) -> bool:
    """'X met his Kyrgyz counterpart on the sidelines of the meeting of the SCO Council', 'held talks
    with Y within the framework of the CIS Council session', 'during the session ..., met Y': the
    sitting is where the talks are set; the talks with their named counterpart are an engagement
    of their own."""
    owners = [talks, talks.head] if talks.dep_ in {"dobj", "nsubjpass"} else [talks]  # "held a meeting with"
    if not any(c.dep_ == "prep" and c.lower_ == "with" or c.dep_ == "dobj" and c.ent_type_ in {"PERSON", "TITLE"}
               for o in owners for c in o.children):
        return False  # "the ministers met on the sidelines of ...": who met whom is not told
    frames = word_set("sideline_nouns") | word_set("framework_nouns")
    for prep in (c for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ in _SET_AT):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.left_edge.i <= sitting.i <= o.right_edge.i):
            if obj.lemma_.lower() in frames or prep.lower_ == "during":
                return True
    return False


def _bare_sidelines(verb: Token) -> bool:
    """'On the sidelines, X met Y', 'on the margins of it': set at a gathering the clause does not name."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"on", "at"}:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in word_set("sideline_nouns") and not any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ in {"NOUN", "PROPN"} for o in c.children)
                    for c in obj.children):
                return True
    return False


def _told_before(state: DocState, event: EventDraft, settings: list[EventDraft]) -> EventDraft | None:
    """The gathering (or multilateral meeting) told in the sentences just before ``event``'s."""
    assert state.doc is not None
    starts = [s.start_char for s in state.doc.sents]
    here = bisect_right(starts, event.sentence[0])
    before = [g for g in settings if g.sentence[1] <= event.sentence[0]
              and here - bisect_right(starts, g.sentence[0]) <= _NEAR]
    return max(before, key=lambda g: g.sentence[0], default=None)


def gathering_settings(state: DocState, events: list[EventDraft]) -> None:
    """Give talks with no place of their own the place of the gathering their clause is set at."""
    if state.doc is None:
        return
    gatherings = [g for g in events if g.kind in {"gathering", "multilateral"} and g.place is not None]
    for event in events:
        if event.kind not in _KINDS or event.place is not None and event.place_from not in {None, "dateline"}:
            continue
        trigger = token_at(state.doc, event.trigger[0])
        if trigger is None:
            continue
        verb = governing_verb(trigger)
        for gathering in gatherings:
            if gathering.sentence != event.sentence or gathering is event:
                continue
            where = token_at(state.doc, gathering.trigger[0])
            if where is None or gathering.kind == "multilateral" and not set_beside(trigger, where):
                continue  # a body's sitting sets only the talks told on its sidelines
            if gathering.kind == "multilateral" or (setting := _setting_verb(where)) is not None and setting.i == verb.i:
                event.place, event.place_from = gathering.place, "text"  # told, through the gathering
                break
        else:
            if event.kind != "multilateral" and _bare_sidelines(verb):
                settings = [g for g in events if g.kind in {"gathering", "multilateral"} and g.place is not None
                            and g is not event]
                told = _told_before(state, event, settings)
                if told is not None:
                    event.place, event.place_from = told.place, "text"  # "On the sidelines, X met Y"
