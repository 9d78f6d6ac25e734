"""Engagements under way on the report's day: a stay told with the day it lasts until ("who is on an
official visit until Thursday"), begun on the day of the clause the guest is received in; a visit or
gathering whose days run from before the report to it or after ("the forum, which opened on Monday,
will close on Thursday", told on Wednesday)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, governing_verb, in_subtree, reaches, token_at
from dateline.extract.time.values import is_day

__all__ = ["host_day", "stay_until", "trigger_nouns", "under_way"]

_MULTI_DAY = frozenset({"visit", "gathering", "multilateral"})


def under_way(event: EventDraft, published: str | None) -> bool:
    """A stay or a sitting whose told days began before the report's day and go on to it or later
    (the guide: a visit "on 13-15 May" reported on the 14th has occurred)."""
    start, end = event.date_start or "", event.date_end or ""
    if event.date is not None and "week" in event.date.text.lower():
        return False  # "at this week's summit": some days of the week, not its own span
    return event.kind in _MULTI_DAY and published is not None and is_day(start) and is_day(end) \
        and start < published <= end


def trigger_nouns(trigger: Token, kind: str) -> list[Token]:
    """The trigger, and for a stay told by a verb its visit noun ("is in Georgia on a visit")."""
    if kind != "visit" or trigger.pos_ not in {"VERB", "AUX"}:
        return [trigger]
    return [trigger, *(o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children
                       if o.dep_ == "pobj" and o.lemma_.lower() in word_set("visit_nouns"))]


def stay_until(trigger: Token, time_tok: Token | None, kind: str) -> bool:
    """'who is on an official visit until Thursday', 'is visiting Hungary through Friday': a stay told
    with the day it lasts until (the preposition hangs on the visit, its verb or the stay's verb)."""
    if kind != "visit" or time_tok is None:
        return False
    prep = next((a for a in ancestors(time_tok, 2) if a.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in word_set("until_prepositions"):
        return False
    stay = governing_verb(trigger)
    return prep.head.i in {trigger.i, stay.i, *(n.i for n in trigger_nouns(trigger, kind))} or (
        prep.head.dep_ == "pobj" and prep.head.head.head.i in {trigger.i, stay.i})


def host_day(state: DocState, sent: Span, trigger: Token, last: str) -> str | None:
    """'X received on Monday Y, who is on a visit until Thursday': the stay told in a clause on Y
    began no later than the day of the clause Y is received in (that day, when it is before)."""
    stay = governing_verb(trigger)
    if stay.dep_ != "relcl":
        return None
    host = governing_verb(stay.head)
    for t in state.times:
        if not (sent.start_char <= t.span[0] and t.span[1] <= sent.end_char) or not is_day(t.start) \
                or t.end not in (None, t.start) or not t.start or not t.start < last:
            continue
        tok = token_at(sent.doc, t.span[0])
        if tok is not None and not in_subtree(tok, stay) and reaches(tok, {host.i}, 3):
            return t.start
    return None
