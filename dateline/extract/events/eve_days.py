"""An engagement dated by the one it is told on the eve of: 'On the eve of the SCO summit, X held talks
with Y' (the summit opened on Sunday: the talks were on Saturday).

An engagement whose own clause gives no day, with "on the eve of <noun>" on its verb or its noun, is
held the day before the first day of the engagement that noun tells (the noun's own event, else the one
engagement of that family the report dates to a day); of an engagement dated only to a month, in that
month. The phrase's nouns are ``eve_nouns`` in ``event_words.yaml``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import governing_verb, token_at
from dateline.extract.time.values import Precision, is_day, precision_of

__all__ = ["eve_days"]

_FAMILIES = ({"gathering", "multilateral"}, {"visit"}, {"meeting", "call"})


def _eve_noun(trigger: Token) -> Token | None:
    """The noun after 'on the eve of' on the trigger's verb or on the trigger itself."""
    verb = governing_verb(trigger)
    for head in {verb.i: verb, trigger.i: trigger}.values():
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"on", "at"}:
                continue
            for eve in prep.children:
                if eve.dep_ == "pobj" and eve.lemma_.lower() in word_set("eve_nouns"):
                    return next((o for of in eve.children if of.dep_ == "prep" and of.lower_ == "of"
                                 for o in of.children if o.dep_ == "pobj"), None)
    return None


def _anchor(noun: Token, event: EventDraft, events: list[EventDraft]) -> EventDraft | None:
    """The engagement the noun tells: its own event, else the one of its family dated to a day."""
    own = next((e for e in events if e is not event and e.trigger[0] <= noun.idx < e.trigger[1]), None)
    if own is not None:
        return own if own.date_start and own.date_from != "published" else None  # a day of its own (merged)
    family = next((f for f in _FAMILIES if any(e.trigger[0] <= noun.idx < e.trigger[1] for e in events
                                               if e.kind in f)), None)
    if family is None:
        return None
    dated = [e for e in events if e is not event and e.kind in family and e.date_from != "published"
             and is_day(e.date_start)]
    return dated[0] if len(dated) == 1 else None


def eve_days(state: DocState, events: list[EventDraft]) -> None:
    """Date each engagement told 'on the eve of' another by that other's first day (the day before)."""
    doc = state.doc
    if doc is None:
        return
    published = state.published.isoformat() if state.published is not None else None
    for event in events:
        if event.date_from not in {None, "published", "narrative"}:
            continue
        trigger = token_at(doc, event.trigger[0])
        noun = _eve_noun(trigger) if trigger is not None else None
        anchor = _anchor(noun, event, events) if noun is not None else None
        if anchor is None or not anchor.date_start:
            continue
        if is_day(anchor.date_start):
            day = (dt.date.fromisoformat(anchor.date_start) - dt.timedelta(days=1)).isoformat()
        elif precision_of(anchor.date_start) is Precision.MONTH:
            day = anchor.date_start
        else:
            continue
        if event.status == "occurred" and published is not None and day > published:
            continue  # an occurred engagement never starts after the report
        event.date_start = event.date_end = day
        event.date_from = "framed"
