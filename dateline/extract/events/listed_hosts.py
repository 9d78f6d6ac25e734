"""A visit whose host states are told as one list: one visit per state.

"The six-day trip will include stops in Poland, Hungary, Austria and the Vatican", "His visit will
follow recent trips to Chile, Peru, Kenya and Japan", "is also scheduled to travel to Tunisia, the
Palestinian territories and Lebanon": the states a trip goes to are coordinated in one phrase
wherever the parser hangs it (on a stop noun, a trip noun of another clause, an object of the
travel verb), and each is a visit of its own, as "will visit Angola, Nigeria and Liberia" is
(``several._by_destination``, which reads the destination from the trigger).

Only states written as names and coordinated with each other split a visit: a host told through
its official ("met the president of Somalia") or a state named elsewhere in the sentence stays with
the one visit, and the traveller's own state is never a stop.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.clause import past_modified
from dateline.extract.events.participants import countries_of
from dateline.extract.places import is_state_code, lookup_place
from dateline.record import Place

__all__ = ["by_listed_hosts", "listed_after"]

_LIST_DEPS = frozenset({"conj", "appos"})


def _token_at(state: DocState, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens inside ``start``..``end`` (the name 'South Africa': Africa)."""
    doc = state.doc
    assert doc is not None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _list_top(tok: Token) -> Token:
    """The first conjunct of the coordination a name is part of ('Hungary' in 'Poland, Hungary and
    Austria' gives 'Poland'), through conjuncts that are no state ('the Palestinian territories')."""
    cur = tok
    for _ in range(12):
        if cur.dep_ not in _LIST_DEPS or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def _host_tokens(state: DocState, event: EventDraft, home: set[str]) -> dict[str, list[Token]]:
    """The event's host states named in its sentence, with the tokens naming them."""
    lo, hi = event.sentence
    out: dict[str, list[Token]] = {}
    for m in state.mentions_in(lo, hi):
        actor = state.actor(m.actor_id)
        if m.actor_id not in event.recipient or actor.kind != "country" or m.kind != "country":
            continue
        if not actor.country or not is_state_code(actor.country) or actor.country in home:
            continue
        tok = _token_at(state, m.start, m.end)
        if tok is not None:
            out.setdefault(actor.country, []).append(tok)
    return out


def by_listed_hosts(state: DocState, event: EventDraft, home: set[str]) -> list[EventDraft]:
    """One visit per host state when the visit's host states are named as one coordinated list;
    the event as told otherwise."""
    hosts = _host_tokens(state, event, home)
    if len(hosts) < 2:
        return [event]
    tops = {c: {_list_top(t).i for t in toks} for c, toks in hosts.items()}
    shared = set.intersection(*tops.values())
    if not shared or any(len(t) != 1 for t in tops.values()):
        return [event]  # not one list, or a state named twice
    listed = [c for c, toks in hosts.items() if any(t.dep_ in _LIST_DEPS for t in toks)]
    if len(listed) < len(hosts) - 1:
        return [event]
    trip = _list_top(next(iter(hosts.values()))[0]).head.head  # "will follow recent trips to A, B and C"
    past = past_modified(trip) and trip.idx != event.trigger[0]  # those trips have been made, whatever the clause
    parts = []
    for code in hosts:
        mine = [a for a in event.recipient if state.actor(a).country == code]
        part = replace(event, recipient=mine, participants=[*event.source, *mine], separate=True)
        if past:  # made before, on days the trip told ahead does not give
            part.status, part.date, part.date_start, part.date_end, part.date_from = "occurred", None, None, None, None
        if part.place is None or part.place.country != code:
            named = next((state.actor(a).name for a in mine if state.actor(a).kind == "country"), None)
            part.place = lookup_place(named) if named else None
            part.place_from = "text" if part.place is not None else None
        part.countries = sorted({*countries_of(state, part.participants), code})
        parts.append(part)
    return parts


_LIST_WORDS = frozenset({"and", "the", "as", "well", "also", "then", "finally", "plus"})


def listed_after(state: DocState, first: Token) -> list[Place]:
    """The states named as one list from the destination ``first`` on, read off the words where the
    parser broke the list ('travel to Tunisia, the Palestinian territories and Lebanon', with the
    territories hung elsewhere; 'visit A, B, the Democratic Republic of Congo, C and D', the list going
    on inside a name): state names one after another with nothing but commas, 'and' and articles
    between them."""
    lo, hi = first.left_edge.idx, first.sent.end_char
    found = sorted((m for m in state.mentions_in(lo, hi) if m.kind == "country"
                    and state.actor(m.actor_id).kind == "country"), key=lambda m: m.start)
    if not found or found[0].start > first.idx + len(first):
        return []
    codes: list[str] = []
    comma_pair = False  # "to Kyrgyzstan, and Russia by X": two joined by ", and" are two clauses, no list
    end = found[0].start
    for m in found:
        if m.start < end:
            continue
        gap = re.findall(r"\w+|[^\w\s]", state.text[end:m.start])
        if codes and (not gap or any(w != "," and w.lower() not in _LIST_WORDS for w in gap)):
            break
        code = state.actor(m.actor_id).country
        if code and is_state_code(code) and code not in codes:
            if len(codes) == 1:
                comma_pair = "," in gap and "and" in (w.lower() for w in gap)
            codes.append(code)
        end = m.end
    if len(codes) == 2 and comma_pair:
        return []
    places = [p for c in codes if (a := state.country_actor(c)) is not None and (p := lookup_place(a.name)) is not None]
    return places if len(places) == len(codes) else []
