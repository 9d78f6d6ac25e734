"""The sides a gathering's name pairs: "the China-Central Asia summit", "the ASEAN-GCC-China Summit",
"the Central Asia + Japan summit", "the EU-Central Asia summit".

A format summit of blocs is named by the sides that meet at it, joined by a dash or a plus: each
side is a party of the gathering, beside its host and organisers: a state, an organisation (its
acronym) or a group of states (its members: "Central Asia" is five states). A name that joins no two
sides this way ("the Turkiye-Africa summit", where "Africa" is no state nor body of states) adds
none, and neither does a summit of two states alone held in a third ("the Israeli-Palestinian summit
hosted by Egypt"), which the guide codes like any gathering: by its host. A summit of two states told
with no third host ("a day after an Israeli-Palestinian summit", "the Russia-Turkey summit in Sochi")
is held by the two sides: nothing else tells its parties. A region paired in a name ("the China-Central
Asia Summit in Astana", "the Vietnam-Central Asia Business Forum") brings no states: the guide codes
such a gathering by its host and organisers (the named states only when no host is told). A body of a group of states that is
no organisation ("the Council of Foreign Ministers of the Central Asian states", "the Consultative
Meeting of the Heads of State of Central Asia") sits with the group's members. A business forum
of two states held in one of them ("the Turkmen-Uzbek business forum in Ashgabat", "the Italy-Serbia
Business Forum in Rome") is the host's: the companies of both meet there, and the guide codes it by
its host alone, as any national gathering.
"""

from __future__ import annotations

import re

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set

__all__ = ["format_sides", "member_groups"]

_JOINS = frozenset({"-", "–", "—", "+", "plus"})
_SIDES = frozenset({"country", "organization", "group"})


def format_sides(state: DocState, event: EventDraft, own: tuple[int, int] | None = None,
                 host: str | None = None) -> list[str]:
    """The actors a gathering's own name (else ``own``, the words before its noun: "an
    Armenian-Azerbaijani summit") pairs with a dash or a plus, in the order named, when a bloc (an
    organisation or a group of states) is among them, or when ``host`` (the state it is held in, None
    when untold) is none but one of them."""
    span = event.name_span or own
    if span is None:
        return []
    lo, hi = span
    told = [m for m in state.mentions_in(lo, hi) if state.actor(m.actor_id).kind in _SIDES and (
        state.actor(m.actor_id).kind != "organization" or state.actor(m.actor_id).acronym)]
    sides: list[str] = []
    for one, other in zip(told, told[1:], strict=False):
        if one.actor_id != other.actor_id and state.text[one.end:other.start].strip().lower() in _JOINS:
            sides += [one.actor_id, other.actor_id]
    if host is not None and _business(f"{state.text[lo:hi]} {event.name or ''}"):
        sides = [a for a in sides if state.actor(a).kind != "country" or state.actor(a).country == host]
    if not any(state.actor(a).kind != "country" for a in sides) and host is not None and host not in {
            state.actor(a).country for a in sides}:
        return []  # "the Israeli-Palestinian summit hosted by Egypt": two states' summit, coded by its host
    if any(state.actor(a).kind == "group" for a in sides):  # "the China-Central Asia Summit in Astana": by its host
        keep = {"organization"} if host is not None else {"organization", "country"}
        sides = [a for a in sides if state.actor(a).kind in keep]
    return list(dict.fromkeys(sides))


def _business(words: str) -> bool:
    """'the Turkmen-Uzbek business forum', 'Sri Lanka-Maldives Business Forum': a gathering of companies."""
    return any(w in word_set("business_body_modifiers") for w in re.findall(r"[a-z]+", words.lower()))


def member_groups(state: DocState, event: EventDraft) -> list[str]:
    """The groups of states a gathering's name makes its body of ('... of the Central Asian states'),
    told after 'of', not its topic ('a conference on Central Asian water')."""
    if event.name_span is None:
        return []
    lo, hi = event.name_span
    found = []
    for mention in state.mentions_in(lo, hi):
        actor = state.actor(mention.actor_id)
        if actor.kind != "group" or not actor.members:
            continue
        before = state.text[lo:mention.start].split()
        after = state.text[mention.end:hi].split()
        if after[:1] and after[0].strip("\"'”’") in _JOINS:
            continue  # "the first summit of the Central Asia plus Japan Dialogue": a side of a format
        if before[-1:] == ["of"] or before[-2:] in (["of", "the"], ["of", "The"]):
            found.append(mention.actor_id)
    return list(dict.fromkeys(found))
