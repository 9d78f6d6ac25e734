""""Лидеры двух стран договорились встретиться в декабре": an engagement whose sentence names no
party but "the two countries" (``the_two`` in ``ru_events.yaml``) is between the two sides of the
engagement told last before it that names two states and a person of each."""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.russian import lexicon as L
from dateline.extract.russian.nlp import RuDoc
from dateline.extract.russian.parties import party_countries

__all__ = ["the_two_sides"]


def _pair(state: DocState, event: EventDraft) -> list[str] | None:
    persons = [a for a in event.participants if state.actor(a).kind == "person"]
    countries = party_countries(state, persons)
    return persons if len(persons) == 2 and len(countries) == 2 else None


def the_two_sides(state: DocState, doc: RuDoc, events: list[EventDraft]) -> None:
    for i, event in enumerate(events):
        if event.participants or event.kind not in ("meeting", "call", "visit", "agreement"):
            continue
        token = doc.token_at(event.trigger[0])
        if token is None or not L.event_words("the_two").find([t.lemma for t in doc.tokens_of(token.sent)]):
            continue
        pair = next((p for e in reversed(events[:i]) if (p := _pair(state, e)) is not None), None)
        if pair is None:
            continue
        event.participants, event.source, event.recipient = list(pair), pair[:1], pair[1:]
        event.countries = party_countries(state, pair)
