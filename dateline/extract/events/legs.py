"""A visit's onward legs: the day a visitor moves on is where a stay ends, not the day it is told on.

"The minister is in Brasília on an official visit and travels on Thursday to São Paulo": Thursday is
the day of the onward trip coordinated with the stay (the parser may read "travels" as a noun), so
the stay's own day is the report's, and Thursday ends the visit. "On Wednesday, X is scheduled to
attend a meeting in the capital, before returning to Tehran": the last day told before the visitor
leaves ends the stay too. A leg to another city of the host state ("before leaving for Ganja") goes
on with the visit and ends nothing, and a trip there told after the visit ("On Friday, he is scheduled
to address a forum in Beijing and then travel to Shanghai") is that visit's leg, no visit of its own. The verbs of leaving are ``span_ends.leaving`` in
``event_cues.yaml``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.extract.document import EventDraft
from dateline.extract.events.cues import cues
from dateline.extract.places import lookup_place
from dateline.extract.syntax import ancestors, compound_name, in_subtree

__all__ = ["leaves_after", "legs_within", "onward_leg"]

_LEG_DAYS = 14  # a leg starts at most this many days after its visit


def _leaving(tok: Token) -> bool:
    return tok.lemma_.lower() in cues().span_ends.get("leaving", frozenset())


def onward_leg(tok: Token, verb: Token, trigger: Token) -> Token | None:
    """The verb of leaving coordinated with the stay's ``verb`` that the time ``tok`` hangs on
    ("is in Brasília on a visit and travels on Thursday to São Paulo"); None when the time is the
    stay's own or the trigger is that verb."""
    for cur in ancestors(tok, 6):
        if cur.i in {verb.i, trigger.i}:
            return None
        if cur.dep_ == "conj" and _leaving(cur) and in_subtree(cur, verb) and not in_subtree(trigger, cur):
            return cur
    return None


def _goes_home(leg: Token, host: str | None) -> bool:
    """The leg's destination is outside the visit's host state (or unnamed: "before returning")."""
    for prep in (c for c in leg.children if c.dep_ == "prep" and c.lower_ in {"to", "for"}):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            place = lookup_place(compound_name(obj))
            if place is not None and place.country and host is not None and place.country == host:
                return False  # "before leaving for Ganja": a leg within the visit
    return True


def leaves_after(verb: Token, host: str | None) -> bool:
    """'On Wednesday, X is scheduled to attend ..., before returning to Tehran': a verb of leaving
    after 'before' in ``verb``'s clause (through the verbs it raises) that takes the visitor out of
    the host state ``host``."""
    heads = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "ccomp"})]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "before"):
            leg = next((c for c in prep.children if c.dep_ == "pcomp" and _leaving(c)), None)
            if leg is not None and _goes_home(leg, host):
                return True
    return False


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value and len(value) == 10 else None


def _leg_of(visit: EventDraft, leg: EventDraft) -> bool:
    """``leg`` is a trip by ``visit``'s visitor to another place of its host state, in its days."""
    if visit.kind != "visit" or visit.trigger[0] >= leg.trigger[0] or visit.place is None or leg.place is None \
            or not visit.place.country or visit.place.country != leg.place.country:
        return False
    if not set(leg.source or leg.participants) & set(visit.source):
        return False
    start, day = _day(visit.date_start), _day(leg.date_start)
    if start is None or day is None:
        return False
    return 0 <= (day - start).days <= _LEG_DAYS


def legs_within(events: list[EventDraft]) -> list[EventDraft]:
    """Drop the trips to another city of a visit's host state, told after that visit by a verb of
    travel: legs of the one visit (its end moves to the leg's day when the leg is later)."""
    kept: list[EventDraft] = []
    for event in events:
        visit = next((v for v in kept if _leg_of(v, event)), None) if event.kind == "visit" and event.travel else None
        if visit is None:
            kept.append(event)
            continue
        if (event.date_start or "") > (visit.date_end or visit.date_start or ""):
            visit.date_end = event.date_start  # "... and on Thursday travels on to Samarkand": still there then
    return kept
