"""A guest received abroad: the host receives at home, not where the report is filed.

"BAKU, December 5. Azerbaijani Foreign Minister X was received by Turkmen President Y", "KUWAIT
(KUNA) -- Saudi Crown Prince Y received Kuwait's Foreign Minister X": agency copy from the guest's
capital tells of his trip through the audience he was given, and names no city. The host of a
reception ("X received Y", "Y was received by X") holds it in his own state, so talks of a host of
one other state with guests of the dateline's state, placed only by the dateline, are in the host
state's capital. So are talks of such guests, none of them a head of state or government, with the
head of one other state ("BAKU - Bayramov met with Turkmen President Y"): a head receives a
minister at home. Not when an agency of a party's state files from a city abroad ("BEIJING.
KAZINFORM - Tokayev met with Premier Li Qiang"): its correspondent is where the talks are. Not when the text tells a visit of the host's state, or its sentence tells someone
visiting or names the dateline's city (the host is the one away: "the visiting Turkmen minister
received X at the embassy in Baku"), or when the host is an organisation's official.
"""

from __future__ import annotations

import re

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.correspondent import filed_abroad
from dateline.extract.heads import is_head
from dateline.extract.landmarks import capital_of

__all__ = ["received_abroad"]


def _host_state(state: DocState, event: EventDraft, home: str) -> str | None:
    """The one foreign state whose officials receive the dateline state's guests."""
    guests, hosts = state.persons(event.source), state.persons(event.recipient)
    if not guests or not hosts or any(state.actor(g).country != home for g in guests):
        return None
    states = {state.actor(h).country for h in hosts}
    if len(states) != 1:
        return None
    host = next(iter(states))
    return host if host is not None and host != home and host in event.countries else None


def _head(state: DocState, actor_id: str) -> bool:
    return is_head(state.actor(actor_id).title)


def _head_met(state: DocState, event: EventDraft, home: str) -> str | None:
    """The one foreign state whose head meets guests of the dateline state, none of them a head."""
    persons = state.persons([*event.source, *event.recipient, *event.participants])
    guests = [p for p in persons if state.actor(p).country == home]
    foreign = {state.actor(p).country for p in persons} - {home}
    if not guests or any(_head(state, g) for g in guests) or len(foreign) != 1:
        return None
    host = next(iter(foreign))
    if host is None or host not in event.countries or not any(
            _head(state, p) for p in persons if state.actor(p).country == host):
        return None
    return host


def _visit_of(state: DocState, events: list[EventDraft], code: str) -> bool:
    """The text tells a visit of an official of ``code`` (or of that state itself), also one told by its
    destination abroad with an official of ``code`` among its parties ("during Lebanese Prime Minister X's
    visit to Doha", whose visitor the possessive leaves untold until the story frame)."""
    return any(e.kind == "visit" and (any(state.actor(a).country == code for a in e.source) or (
        e.place is not None and e.place.country not in {None, code} and e.place_from in {"text", "destination"}
        and any(state.actor(a).country == code for a in state.persons(e.participants)))) for e in events)


def _told_here(state: DocState, event: EventDraft, here: str | None) -> bool:
    """The sentence says someone is visiting, or places something in the dateline's city ('in Baku')."""
    sentence = state.text[event.sentence[0]:event.sentence[1]]
    return "visiting" in sentence.lower() or bool(here) and re.search(rf"\b(?:in|at)\s+{re.escape(here or '')}\b",
                                                                      sentence) is not None


def received_abroad(state: DocState, events: list[EventDraft]) -> None:
    """Place receptions of the dateline state's guests by a foreign host in the host's capital."""
    if state.dateline is None or state.dateline.resolved is None or not state.dateline.resolved.country:
        return
    home = state.dateline.resolved.country
    for event in events:
        if event.kind != "meeting" or event.place_from != "dateline" or filed_abroad(state, event):
            continue  # "BEIJING. KAZINFORM - Tokayev met with Premier Li Qiang": filed where the guest is
        host = _host_state(state, event, home) if event.reception else _head_met(state, event, home)
        if host is None or _visit_of(state, events, host) or _told_here(state, event, state.dateline.resolved.name):
            continue
        capital = capital_of(host)
        if capital is not None:
            event.place, event.place_from = capital, "text"
