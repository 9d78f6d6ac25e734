"""The date of a gathering the clause looks ahead to ("ahead of the summit", "preparations for the forum").

The clause's own day is the talks' ("ahead of the summit, X met Y in Beijing on Monday"), not the
summit's; the gathering keeps only a date its own words give: one inside its phrase ("ahead of the
summit next month"), one after the report, or one its own scheduling clause tells however the parser
hangs it ("preparations for the summit to be held in Doha later this month").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.gathering_places import own_end
from dateline.extract.events.scheduled_days import after_schedule
from dateline.extract.events.words import word_set
from dateline.extract.syntax import token_at
from dateline.extract.time import tense_in_doc

__all__ = ["own_words_only", "preparers_aside"]


def own_words_only(state: DocState, event: EventDraft, trigger: Token) -> None:
    """Drop the date the clause lent ``event``, a gathering looked ahead to, unless its own words give it
    (its place may well be the clause's: "met in Tianjin ahead of the summit there")."""
    top = trigger
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in {"NOUN", "PROPN"}:
        top = top.head.head  # "the preparations for the meeting ..., which Ashgabat will host on 12-14 May"
    lo, hi = trigger.left_edge.idx, top.right_edge.idx + len(top.right_edge)
    end = own_end(trigger)  # "preparations for the ECO Summit with X in Baku on Tuesday": the talks' day, not its own
    tail = (trigger.doc[end].idx, trigger.right_edge.idx + len(trigger.right_edge)) if end <= trigger.right_edge.i else (0, 0)
    published = state.published.isoformat() if state.published is not None else None
    told = event.date
    if told is None or lo <= told.span[0] < hi and not tail[0] <= told.span[0] < tail[1] or published is not None and (event.date_start or "") > published:
        return  # "..., to be held in November"
    if tense_in_doc(trigger.doc, *told.span) == "future":
        return  # "to be held in Doha later this month": this month, and still ahead
    if (tok := token_at(trigger.doc, told.span[0])) is not None and after_schedule(tok, trigger, event.kind):
        return  # "the summit to be held in Cebu, the Philippines, on May 11-12": its own days (the year is
        # the next such day's: dating.planned_ahead)
    event.date, event.date_start, event.date_end, event.date_from = None, None, None, None


def preparers_aside(state: DocState, event: EventDraft, trigger: Token) -> None:
    """'The leaders discussed preparations for the Consultative Meeting of the Heads of State, which will
    be held in Tashkent in August': those who prepare a sitting ahead are not told to take part in it (the
    guide lists for a planned gathering only those the text says will). Persons its own phrase names
    ('..., which X will chair') stay; those told elsewhere to attend join it later."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in {"for", "of"} \
            or trigger.head.head.lemma_.lower() not in word_set("preparation_nouns"):
        return
    own = {m.actor_id for m in state.mentions_in(trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge))}
    event.drop_parties({a for a in event.participants if state.actor(a).kind == "person" and a not in own})
