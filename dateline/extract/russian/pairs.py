""""Лидеры двух стран договорились встретиться в декабре": an engagement whose sentence names no
party but "the two countries" (``the_two`` in ``ru_events.yaml``) is between the two sides of the
engagement told last before it that names two states and a person of each; so is one told of "two"
office holders ("Тогда же состоялась встреча двух премьер-министров"), which names no one else."""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.heads import is_head
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc
from dateline.extract.russian.parties import party_countries

__all__ = ["the_two_sides"]


def _pair(state: DocState, event: EventDraft) -> list[str] | None:
    persons = [a for a in event.participants if state.actor(a).kind == "person"]
    countries = party_countries(state, persons)
    return persons if len(persons) == 2 and len(countries) == 2 else None


def _same_office(title: str | None, told: str) -> bool:
    """The office told in the plural: the same title, or a head of state's (of government's) as
    each state names it ("двух премьер-министров": a Prime Minister and a Chairman of the Cabinet
    of Ministers)."""
    offices = (title or "").split(" – ")  # a chain: "Chairman of the Cabinet of Ministers – Head of ..."
    if told in offices:
        return True
    if is_head(told, government=False):
        return any(is_head(o, government=False) for o in offices)
    return is_head(told) and any(is_head(o) and not is_head(o, government=False) for o in offices)


def _two_holders(state: DocState, doc: RuDoc, sent: int) -> list[str] | None:
    """"встреча двух премьер-министров", "обоих президентов": "two" before a title; the two persons
    named before the sentence who hold it, of two states (None when not told so, [] when not two)."""
    tokens = doc.tokens_of(sent)
    keys = [t.lemma for t in tokens]
    told = [m.value.title for i, k in enumerate(keys[:-1]) if k in ("два", "оба")
            and (m := L.titles().at(keys, i + 1)) is not None]
    if not told:
        return None
    before = {m.actor_id for m in state.mentions if m.start < doc.sents[sent][0]}
    holders = [a.id for a in state.actors if a.kind == "person" and a.id in before and _same_office(a.title, told[0])]
    return holders if len(holders) == 2 and len(set(party_countries(state, holders))) == 2 else []


def the_two_sides(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    for i, event in enumerate(events):
        if event.kind not in ("meeting", "call", "visit", "agreement"):
            continue
        token = doc.token_at(event.trigger[0])
        if token is None:
            continue
        holders = _two_holders(state, doc, token.sent)
        named = [a for a in event.participants if state.actor(a).kind == "person"]
        if holders:  # (the two office holders, when the event names no one else)
            pair: list[str] | None = holders if set(named) <= set(holders) else None
        elif event.participants or holders is None and not L.event_words("the_two").find(
                [t.lemma for t in doc.tokens_of(token.sent)]):
            continue
        else:
            pair = next((p for e in reversed(events[:i]) if (p := _pair(state, e)) is not None), None)
        if pair is None:
            continue
        event.participants, event.source, event.recipient = list(pair), pair[:1], pair[1:]
        event.countries = party_countries(state, pair)
