"""A visit is never held in its visitor's own state.

"It was noted that the visit of the Kuwaiti delegation coincides with the preparations for the first
meeting of the commission, which is to take place in Kuwait": the place of the sitting told in the same
sentence is not the visit's. "X, who is on an official visit to the Kingdom" read before its guest and
host were told apart: the guest's state is no place of his visit. Once the parties are settled (before
the story frame lends the visit's place to its talks), a visit placed in its visitor's state, which none
of its hosts serves, is placed in its one other state instead, unless it names a person of another state as
its host (then the visitor and the host may be read the wrong way round: "met in Moscow with his visiting
Japanese counterpart").
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.places import country_name, lookup_place

__all__ = ["abroad_places"]


def _home(state: DocState, visit: EventDraft) -> set[str]:
    """The visitor's states: of the visiting persons, else of whoever the visit's source names."""
    persons = state.persons(visit.source)
    return set(countries_of(state, persons or visit.source))


def abroad_places(state: DocState, events: list[EventDraft]) -> None:
    """Re-place each visit placed in its one visitor's state (not a host's; a source naming two states is
    no visitor told apart from his host)."""
    for visit in events:
        place = visit.place
        if visit.kind != "visit" or place is None or not place.country:
            continue
        home = _home(state, visit)
        if len(home) != 1 or place.country not in home or place.country in countries_of(state, visit.recipient):
            continue
        if any(state.actor(a).country for a in state.persons(visit.recipient)):
            continue  # a guest named as the host ("X spoke during a meeting in Moscow with his visiting counterpart Y")
        abroad = sorted(c for c in visit.countries if c not in home and country_name(c) != c)
        host = lookup_place(country_name(abroad[0])) if len(abroad) == 1 else None
        if host is not None:  # (none or several other states: the visitor's state may be misread; left)
            visit.place, visit.place_from = host, "host"
