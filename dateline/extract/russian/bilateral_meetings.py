"""Bilateral meetings told together: "провел двусторонние встречи с Б.Асыловым и М.Мовахеди-Азадом"
is one meeting with each counterpart, not one talk of three states.

A meeting (or the multilateral talks its three states made of it) told in the plural with
"двусторонний" ("двусторонние встречи", "ряд двусторонних переговоров") right before its noun, that
names one person before the noun and two or more after it, each of another state, becomes one
meeting of the person before with each person after (the guide: one event per pair of sides).
"""

from __future__ import annotations

from dataclasses import replace

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian.nlp import RuDoc
from dateline.extract.russian.parties import party_countries

__all__ = ["one_meeting_each"]


def _told_bilateral(doc: RuDoc, event: EventDraft) -> bool:
    token = doc.token_at(event.trigger[0])
    if token is None or token.feats.get("Number") != "Plur":
        return False
    return any(t.lemma == "двусторонний" and t.sent == token.sent for t in doc.tokens[max(0, token.index - 2):token.index])


def one_meeting_each(state: DocState, doc: RuDoc, events: list[EventDraft]) -> list[EventDraft]:
    out: list[EventDraft] = []
    for event in events:
        split = _split(state, doc, event) if event.kind in ("meeting", "multilateral") else None
        out += split or [event]
    return out


def _split(state: DocState, doc: RuDoc, event: EventDraft) -> list[EventDraft] | None:
    if not _told_bilateral(doc, event):
        return None
    persons = [a for a in event.participants if state.actor(a).kind == "person"]
    first = {a: min((s for s, _ in state.actor(a).mentions if event.sentence[0] <= s < event.sentence[1]),
                    default=None) for a in persons}
    before = [a for a in persons if (at := first[a]) is not None and at < event.trigger[0]]
    after = [a for a in persons if (at := first[a]) is not None and at >= event.trigger[1]]
    if len(before) != 1 or len(after) < 2:
        return None
    home = state.actor(before[0]).country
    states = [state.actor(a).country for a in after]
    if home is None or None in states or home in states or len(set(states)) != len(states):
        return None
    return [replace(event, kind="meeting", source=[before[0]], recipient=[other], participants=[before[0], other],
                    countries=party_countries(state, [before[0], other]), separate=True, attendees=[],
                    witnesses=[]) for other in after]
