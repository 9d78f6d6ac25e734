"""Talks told first without their people, then by them in the next sentence: "В МИД состоялись
переговоры между главами внешнеполитических ведомств двух стран. Министр иностранных дел
Туркменистана Рашид Мередов и Аббас Аракчи обсудили ...". The subjects of the next sentence (named
people in the nominative before its main verb), two or more of two or more states, all the talks' states
or within them, are the talks' people, before the story frame lends its own.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian.nlp import RuDoc
from dateline.extract.russian.parties import party_countries, sentence_mentions

__all__ = ["sides_told_next"]


def _subjects(state: DocState, doc: RuDoc, sent: int) -> list[str]:
    tokens = doc.tokens_of(sent)
    root = next((t for t in tokens if t.head is None and t.pos in ("VERB", "AUX")), None)
    if root is None:
        return []
    out: list[str] = []
    for mention in sentence_mentions(state, doc, sent):
        token = doc.token_at(mention.start)
        if token is None or token.index >= root.index or token.case != "Nom":
            continue
        if state.actor(mention.actor_id).kind == "person" and mention.actor_id not in out:
            out.append(mention.actor_id)
    return out


def sides_told_next(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    for event in events:
        if event.kind != "meeting" or any(state.actor(a).kind == "person" for a in event.participants):
            continue
        token = doc.token_at(event.trigger[0])
        if token is None or token.sent + 1 >= len(doc.sents):
            continue
        people = _subjects(state, doc, token.sent + 1)
        states = party_countries(state, people)
        if len(people) < 2 or len(states) < 2 or any(state.actor(a).country is None for a in people):
            continue
        if event.countries and not (set(states) <= set(event.countries) or set(event.countries) <= set(states)):
            continue  # (the talks may name one side's ministry: "в МИД Туркменистана")
        event.participants = list(people)
        event.source, event.recipient = people[:1], people[1:]
        event.own_parties = list(people)
        event.countries = states
