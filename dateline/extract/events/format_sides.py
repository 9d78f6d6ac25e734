"""The sides a gathering's name pairs: "the China-Central Asia summit", "the ASEAN-GCC-China Summit",
"the Israeli-Palestinian summit", "the Central Asia + Japan summit", "the EU-Central Asia summit".

A format summit is named by the sides that meet at it, joined by a dash or a plus: each side is a
party of the gathering, beside its host and organisers: a state (or its adjective), an organisation
(its acronym) or a group of states (its members: "Central Asia" is five states). A name that joins
no two sides this way ("the Asia-Pacific summit", "the Turkiye-Africa summit", where one side is no
state nor body of states) adds only the sides it names.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft

__all__ = ["format_sides"]

_JOINS = frozenset({"-", "–", "—", "+", "plus"})
_SIDES = frozenset({"country", "organization", "group"})


def format_sides(state: DocState, event: EventDraft) -> list[str]:
    """The actors a gathering's own name pairs with a dash or a plus, in the order named."""
    if event.name_span is None:
        return []
    lo, hi = event.name_span
    told = [m for m in state.mentions_in(lo, hi) if state.actor(m.actor_id).kind in _SIDES and (
        state.actor(m.actor_id).kind != "organization" or state.actor(m.actor_id).acronym)]
    sides: list[str] = []
    for one, other in zip(told, told[1:], strict=False):
        if one.actor_id != other.actor_id and state.text[one.end:other.start].strip().lower() in _JOINS:
            sides += [one.actor_id, other.actor_id]
    return list(dict.fromkeys(sides))

