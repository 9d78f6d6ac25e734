"""Whose trip a visit is: a guest presented as "visiting" who is an official of a state the engagement
told last does not include, is that official's trip, not a further stop of the last one ("President
X visits A and B this week. ... Visiting Spanish Prime Minister Y is to sign a deal": Y's visit
borrows neither X nor X's hosts)."""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import token_at

__all__ = ["new_traveller"]


def new_traveller(state: DocState, visit: EventDraft, last: EventDraft) -> bool:
    """``visit`` is told by an attributive participle ("Visiting Prime Minister X", which presents
    a guest where the clause is, not a further stop of a trip told before) and names a visitor of its
    own who took no part in ``last`` and serves a state that ``last`` neither includes nor took place
    in ("X will also visit" is elliptic: it goes where the last visit went)."""
    tok = token_at(state.doc, visit.trigger[0]) if state.doc is not None else None
    if visit.kind != "visit" or tok is None or tok.lower_ not in word_set("guest_participles") \
            or tok.dep_ not in {"amod", "csubj"}:
        return False
    if last.kind != "visit" or not any(state.actor(a).kind == "person" for a in last.source):
        return False  # only another official's trip is no stop of this one: talks told last may be its host's
    persons = [state.actor(a) for a in visit.source if state.actor(a).kind == "person"]
    if not persons or any(p.country is None or p.id in last.participants for p in persons):
        return False
    seen = set(last.countries) | ({last.place.country} if last.place is not None and last.place.country else set())
    return not {p.country for p in persons} & seen
