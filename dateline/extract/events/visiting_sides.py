"""Visitors of two sides told by one plural subject travel as two delegations: a visit each.

"Israeli and Palestinian leaders traveled to Paris for talks", "Armenian and Azerbaijani negotiators
arrived in Washington", "the foreign ministers of India and Pakistan flew to Moscow": the subject
is one plural noun whose coordinated states (demonyms before it, or an "of A and B" after it) are
the sides of the talks the trip is for. Each side's delegation makes its own trip to the host, as
the development sets code it (two visits, one meeting of the sides), unlike one delegation told
with the states that make it up ("a delegation of EU ministers from A, B and C").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.places import country_name, igo_codes, is_state_code
from dateline.extract.syntax import governing_verb

__all__ = ["by_visiting_sides"]


def _coordinated(first: Token) -> list[Token]:
    """'Israeli' and its conjuncts ('and Palestinian')."""
    out = [first]
    for _ in range(6):
        nxt = next((c for c in out[-1].children if c.dep_ == "conj"), None)
        if nxt is None:
            break
        out.append(nxt)
    return out


def _side_tokens(subject: Token) -> list[Token]:
    """The coordinated state words of a plural subject: its modifiers, or the objects of its 'of'."""
    if subject.tag_ not in {"NNS", "NNPS"}:
        return []
    for c in subject.children:
        if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"} and c.i < subject.i:
            sides = [t for t in _coordinated(c) if t.ent_type_ in {"NORP", "GPE"}]
            if len(sides) >= 2:
                return sides
    for p in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
        for o in (c for c in p.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"):
            sides = [t for t in _coordinated(o) if t.ent_type_ == "GPE"]
            if len(sides) >= 2:
                return sides
    return []


def _code(state: DocState, tok: Token) -> str | None:
    codes = {a.country for m in state.mentions_starting(tok.idx, tok.idx + len(tok))
             if (a := state.actor(m.actor_id)).kind == "country" and a.country}
    return codes.pop() if len(codes) == 1 else None


def by_visiting_sides(state: DocState, event: EventDraft, tok: Token) -> list[EventDraft]:
    """One visit per state of a plural subject of coordinated sides (see the module doc); the event
    alone when its subject is not such a phrase."""
    if event.kind != "visit":
        return [event]
    verb = governing_verb(tok)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return [event]
    codes = [_code(state, t) for t in _side_tokens(subject)]
    sides = list(dict.fromkeys(c for c in codes if c))
    hosts = set(event.countries) - set(sides)
    if event.place is not None and event.place.country in hosts:
        hosts = {event.place.country}  # where they go, not a mediator named beside the talks
    if len(sides) < 2 or len(sides) != len(codes) or not hosts or set(sides) & igo_codes() \
            or not set(sides) <= set(event.countries):
        return [event]
    # the host state is a party of each visit (so none borrows the other side's delegation)
    host_ids = [state.state_actor(c, country_name(c)).id for c in sorted(hosts) if is_state_code(c)]
    parts = []
    for code in sides:
        source = [a for a in event.source if state.actor(a).country == code]
        recipient = list(dict.fromkeys([*(a for a in event.recipient if state.actor(a).country in hosts), *host_ids]))
        part = replace(event, source=source, recipient=recipient, participants=[*source, *recipient], separate=True)
        part.countries = sorted({code, *hosts, *countries_of(state, part.participants)})
        parts.append(part)
    return parts
