"""A place or an outlet the tagger read as a person is no party of an engagement.

"at the Astara crossing point", "the Aras transport corridor", "on the shore of Lake Issyk-Kul",
"Follow Steppe Dispatch on Telegram", "Wisma Putra said", "Yerevan/Ararat Wire/": the tagger makes
people of these names. Such an actor has no title, no country and no role, and every mention of it
is a place's or an outlet's: a modifier of a common noun ("the Astara crossing point"), a name
opened by a geographic word ("Lake", "Mount"), a landmark of the reviewed list, the report's own
outlet or a known one. It is left out of every event's parties (it stays in the record's actors).
A titleless, stateless person named as people are ("Hill said", "talks with Rice") keeps its place.
"""

from __future__ import annotations

from dateline.extract.boilerplate import is_outlet
from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.city_words import city_of_words
from dateline.extract.events.words import word_set
from dateline.extract.landmarks import lookup_landmark
from dateline.extract.syntax import token_at

__all__ = ["without_nameless"]


def _place_like(state: DocState, start: int, end: int) -> bool:
    """The mention reads as a place or an outlet, not as a person."""
    text = state.text[start:end]
    first = text.split()[0].lower() if text.split() else ""
    if first in word_set("geographic_heads") or lookup_landmark(text) is not None or is_outlet(text):
        return True
    if state.dateline is not None and state.dateline.span[0] <= start < state.dateline.span[1]:
        return True  # "Yerevan/Ararat Wire/": the dateline's outlet
    outlet = (state.dateline.outlet or "").strip(" /").lower() if state.dateline is not None else ""
    folded = text.strip(" /").lower()
    if outlet and (outlet in folded or folded in outlet):
        return True  # "Follow Steppe Dispatch on Telegram": the report's outlet
    last = token_at(state.doc, max(start, end - 1)) if state.doc is not None else None
    return last is not None and last.dep_ == "compound" and last.head.pos_ == "NOUN"  # "the Astara crossing"


def _nameless(state: DocState, actor_id: str) -> bool:
    actor = state.actor(actor_id)
    return actor.kind == "person" and not actor.title and not actor.country and actor.role is None \
        and bool(actor.mentions) and (all(_place_like(state, s, e) for s, e in actor.mentions) or city_of_words(
            actor.name) is not None)  # "which Ho Chi Minh City will host", "travels to São Paulo, where he ..."


def without_nameless(state: DocState, events: list[EventDraft]) -> None:
    """Drop from each event's parties the places and outlets read as persons."""
    found: dict[str, bool] = {}
    for event in events:
        for a in event.participants:
            if a not in found:
                found[a] = _nameless(state, a)
        if not any(found[a] for a in event.participants):
            continue
        event.source = [a for a in event.source if not found.get(a)]
        event.recipient = [a for a in event.recipient if not found.get(a)]
        event.participants = [a for a in event.participants if not found[a]]
    for event in events:  # "... the forum, which Ho Chi Minh City will host": no attendee either
        event.attendees = [a for a in event.attendees if not found.setdefault(a, _nameless(state, a))]
