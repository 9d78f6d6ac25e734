"""Talks held at a gathering are where the gathering is.

"The presidents reached the agreement at a summit hosted by X in Tripoli", "the ministers met on
the sidelines of the forum in Davos": the agreement and the meeting name no place of their own, the
gathering they are set at does. One pass over the document's events.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import governing_verb, token_at

__all__ = ["gathering_settings"]

_SET_AT = frozenset({"at", "during", "on", "in", "within"})
_KINDS = frozenset({"meeting", "agreement", "multilateral"})


def _setting_verb(trigger: Token) -> Token | None:
    """The verb a gathering noun is the setting of: 'at the summit', 'on the sidelines of the summit'."""
    cur = trigger
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in word_set("sideline_nouns"):
        cur = cur.head.head
    if cur.dep_ != "pobj" or cur.head.lower_ not in _SET_AT:
        return None
    return governing_verb(cur.head)


def gathering_settings(state: DocState, events: list[EventDraft]) -> None:
    """Give talks with no place of their own the place of the gathering their clause is set at."""
    if state.doc is None:
        return
    gatherings = [g for g in events if g.kind == "gathering" and g.place is not None]
    for event in events:
        if event.kind not in _KINDS or event.place is not None and event.place_from not in {None, "dateline"}:
            continue
        trigger = token_at(state.doc, event.trigger[0])
        if trigger is None:
            continue
        verb = governing_verb(trigger)
        for gathering in gatherings:
            if gathering.sentence != event.sentence:
                continue
            where = token_at(state.doc, gathering.trigger[0])
            if where is not None and (setting := _setting_verb(where)) is not None and setting.i == verb.i:
                event.place, event.place_from = gathering.place, "text"  # told, through the gathering
                break
