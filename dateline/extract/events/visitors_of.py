"""The visitor an of-phrase names: "Gafarova recalled the visit of the IPU Secretary General to Baku in
May 2025", "thanked him for the visit of President X to Minsk last year". The visit noun's of-object
is who travelled; the subject of the verb that tells of the visit (who recalls, thanks, welcomes) is
no party of it, unless the of-phrase names that subject too. The host stays: the place's state or a
host the clause names besides."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.syntax import governing_verb

__all__ = ["of_visitor"]


def _named_in(state: DocState, tok: Token) -> list[str]:
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return [m.actor_id for m in state.mentions_in(lo, hi) if state.actor(m.actor_id).kind in {"person", "organization"}]


def of_visitor(state: DocState, event: EventDraft, trigger: Token) -> None:
    """Make the of-object of a visit noun its visitor, and drop the teller of the visit."""
    if event.kind != "visit" or trigger.pos_ != "NOUN":
        return
    obj = next((o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"), None)
    visitors = _named_in(state, obj) if obj is not None else []
    verb = governing_verb(trigger)
    if not visitors or verb.i == trigger.i:
        return
    tellers = {a for s in verb.children if s.dep_ == "nsubj" for a in _named_in(state, s)} - set(visitors)
    event.source = list(dict.fromkeys(visitors))
    event.recipient = [a for a in event.recipient + event.participants if a not in tellers and a not in visitors]
    event.recipient = list(dict.fromkeys(event.recipient))
    event.participants = list(dict.fromkeys(event.source + event.recipient))
    told = countries_of(state, event.participants)
    host = event.place.country if event.place is not None and event.place_from == "text" else None
    event.countries = sorted({*told, *([host] if host else [])})
