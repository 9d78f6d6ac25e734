"""Heads of the delegations of talks told before: "Таджикскую делегацию возглавил заместитель
министра Фарход Салим, китайскую – заместитель министра Сунь Вэйдун".

A sentence that tells who led a delegation ("возглавил", "возглавлял") and holds no event of its
own names parties of the meeting told last before it: each person joins it, and one whose title
names no state serves the state of the delegation's demonym told just before the name.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.events import party_countries
from dateline.extract.russian.nlp import RuDoc

__all__ = ["delegation_heads"]


def delegation_heads(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    for sent in range(len(doc.sents)):
        start, end = doc.sents[sent]
        tokens = doc.tokens_of(sent)
        keys = [t.lemma for t in tokens]
        if not {"возглавить", "возглавлять"} & set(keys) or "делегация" not in keys or any(
                start <= e.trigger[0] < end for e in events):
            continue
        before = [e for e in events if e.trigger[0] < start]
        if not before or before[-1].kind not in ("meeting", "multilateral"):
            continue
        event = before[-1]
        demonyms = [(tokens[i].start, m.value) for i in range(len(keys))
                    if (m := L.demonyms().at(keys, i)) is not None]
        for mention in state.mentions:
            actor = state.actor(mention.actor_id)
            if not start <= mention.start < end or actor.kind != "person":
                continue
            if actor.country is None:
                told = [code for at, code in demonyms if at < mention.start]
                actor.country = told[-1] if told else None
            if actor.id not in event.participants:
                event.participants.append(actor.id)
                event.recipient.append(actor.id)
        persons = {state.actor(a).country for a in event.participants if state.actor(a).kind == "person"}
        for ids in (event.source, event.recipient, event.participants):  # a state whose official joined
            ids[:] = [a for a in ids if not (state.actor(a).kind == "country" and state.actor(a).country in persons)]
        event.countries = list(dict.fromkeys([*event.countries, *party_countries(state, event.participants)]))
