"""A stay's first day told by the guest's arrival elsewhere in the story: "X received today Y, who is on an
official visit until Thursday. ... Y, who arrived in Havana on Sunday night, laid a wreath" - the visit
began on Sunday, and the arrival is that visit told again (one stay, one event); "On June 3, X received
a delegation led by Y ... Y's visit will last until June 5" - begun no later than June 3. Only a stay whose
own words give no first day (its start taken from the report's day or from the day it lasts until) takes
it, from an arrival or talks of the same guest in the host state told with a day of their own in the
week before. A time in a clause of arriving that opens the sentence ("After arriving in Vientiane on Thursday,
he met with President X") is the day of the talks it leads to, when they have none of their own."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import ancestors, token_at
from dateline.extract.time.values import PartialDate, is_day

__all__ = ["arrival_clause_time", "arrival_starts"]

_WEEK = 7


def _guests(state: DocState, event: EventDraft) -> set[str]:
    return {a for a in event.source if state.actor(a).kind == "person"}


def _arrival(state: DocState, event: EventDraft) -> bool:
    """A visit told by its arrival ('arrived in Havana on Sunday', 'upon his arrival on Monday'), dated by its
    own words to one day."""
    tok = token_at(state.doc, event.trigger[0]) if state.doc is not None else None
    return tok is not None and tok.lemma_.lower() in word_set("arrival_words") and event.status == "occurred" \
        and event.date is not None and event.date_from == "text" and is_day(event.date_start) \
        and event.date_end in (None, event.date_start)


def _open_start(event: EventDraft) -> bool:
    """An occurred stay whose first day no word of its own gives."""
    return event.kind == "visit" and event.status == "occurred" and is_day(event.date_start) and (
        event.date is None or event.date_role == "end")


def _talks_there(state: DocState, event: EventDraft, stay: EventDraft, guests: set[str]) -> bool:
    """Talks the guest held in the host state, dated by their own words to one day."""
    host = stay.place.country if stay.place is not None else None
    return event.kind in {"meeting", "multilateral"} and event.status == "occurred" and event.date is not None \
        and event.date_from == "text" and is_day(event.date_start) and event.date_end in (None, event.date_start) \
        and bool(guests & set(event.participants)) and set(stay.countries) <= set(event.countries) \
        and (host is None or event.place is None or event.place.country == host)


def arrival_starts(state: DocState, drafts: list[EventDraft]) -> None:
    """Each open stay starts on the day its guest's arrival, told apart, gives (the nearest before); else on
    the first day its guest is told to hold talks there in the week before."""
    arrivals = [d for d in drafts if d.kind == "visit" and _arrival(state, d)]
    for stay in drafts:
        if not _open_start(stay) or stay in arrivals or not (guests := _guests(state, stay)):
            continue
        start = stay.date_start or ""
        edge = str(PartialDate.parse(start).plus_days(-_WEEK))
        days = [a.date_start or "" for a in arrivals if guests & _guests(state, a)
                and edge <= (a.date_start or "") < start and set(a.countries) == set(stay.countries)]
        talks = [e.date_start or "" for e in drafts if _talks_there(state, e, stay, guests)
                 and edge <= (e.date_start or "") < start]
        if days or talks:
            stay.date_end = stay.date_end or start
            stay.date_start = max(days) if days else min(talks)


def arrival_clause_time(tok: Token, verb: Token) -> bool:
    """``tok`` (a time) is told in a clause of arriving ('After arriving in Vientiane on Thursday', 'Upon
    arriving on Monday') that hangs on ``verb`` before it: the day the arrival leads into."""
    for cur in ancestors(tok, 4):
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.lemma_.lower() in word_set("arrival_words") \
                and cur.head.lower_ in word_set("arrival_openers") and cur.head.head.i == verb.i and cur.i < verb.i:
            return True
        if cur.i == verb.i:
            return False
    return False
