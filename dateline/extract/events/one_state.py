"""Talks or a call left with one state's side alone are no engagement between states.

At the end of the events stage every party of talks has been lent, borrowed or resolved. Talks whose
parties still name one state only ("the minister said the talks will focus on trade", "his country
will continue the negotiations") tell no second state taking part, and are dropped. Two kinds stay,
as a side the earlier stages could not resolve is no proof that only one state takes part: talks of
a person whose state is not known ("Senior General X met the prime minister"), and talks of an
organisation alone ("the CSTO Secretary-General held talks in Minsk with the foreign minister"), whose
officials always meet someone.

A visit left with no state at all is no engagement between states either: neither the traveller's
state nor a host was found ("the prime minister was visiting the capital from his base in Jowhar", "a
deputy governor was visiting the scene of a shooting", "the singer's father is visiting her at the
clinic"). A visit with one state keeps it: its host or its traveller is told elsewhere.

An invitation left with one state and no one named is none either: the inviter's state alone, its
invitees no state's ("the pope invited the faithful to pray for peace", "the Russian president invited
young people from around the world to a festival"). One named person keeps it ("Bush invited Rice").
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.places import is_state_code

__all__ = ["without_one_state_talks"]

_KINDS = frozenset({"meeting", "call"})


def _one_state(state: DocState, event: EventDraft) -> bool:
    codes = set(event.countries)
    if event.kind not in _KINDS or len(codes) >= 2 or not all(is_state_code(c) for c in codes):
        return False
    return not any(state.actor(a).kind == "person" and not state.actor(a).country
                   for a in event.participants)


def _stateless_visit(event: EventDraft) -> bool:
    return event.kind == "visit" and not event.countries


def _lone_invitation(state: DocState, event: EventDraft) -> bool:
    return event.kind == "invitation" and len(set(event.countries)) <= 1 and all(
        is_state_code(c) for c in event.countries) and not any(
        state.actor(a).kind == "person" for a in event.participants)


def without_one_state_talks(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events without talks and calls whose parties name one state or none, without visits
    that name no state, and without invitations of one state that name no one."""
    return [e for e in events if not _one_state(state, e) and not _stateless_visit(e) and not _lone_invitation(state, e)]
