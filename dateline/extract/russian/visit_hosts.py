"""The host of a visit the report tells without one.

"Была достигнута договоренность о проведении государственного визита Президента Узбекистана в
Республику Таджикистан" in a report of the two presidents' call: the visit names its visitor and
the state visited. A visit to come is hosted by the one
official of that state the report shows engaging with the visitor (the call, the talks) — a visit's persons
are the visitor and the host (``../shared/CONTRACT.md``). Only a visitor and a host of the same
rank: heads of state with heads of state (a president's visit is hosted by the president, not by
the minister who spoke with him), any other office by the same office (not by the visited state's
ambassador who met the guest at home).
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.heads import is_head
from dateline.extract.russian.events import party_countries

__all__ = ["visit_hosts"]

_TALKS = frozenset({"meeting", "call", "visit", "invitation"})


def _persons(state: DocState, ids: list[str]) -> list[str]:
    return [a for a in ids if state.actor(a).kind == "person"]


def _head(state: DocState, actor_id: str) -> bool:
    return is_head(state.actor(actor_id).title, government=False)


def _peers(state: DocState, visitor: str, host: str) -> bool:
    """Heads of state with heads of state; else the same office (a foreign minister's visit is
    not hosted by the visited state's ambassador who met him at home)."""
    if _head(state, visitor) or _head(state, host):
        return _head(state, visitor) and _head(state, host)
    title = state.actor(visitor).title
    return title is not None and title == state.actor(host).title


def _visited(state: DocState, visit: EventDraft) -> str | None:
    if visit.place is not None and visit.place.country:
        return visit.place.country
    other = set(visit.countries) - set(party_countries(state, visit.source))
    return next(iter(other)) if len(other) == 1 else None


def visit_hosts(state: DocState, events: list[EventDraft]) -> None:
    """A visit with one visitor and no host of the visited state takes as host the one person of
    that state who shares another engagement with the visitor and is the visitor's peer."""
    for visit in events:
        if visit.kind != "visit" or visit.status != "planned":
            continue  # (a visit of the past told in passing names its host when the text does)
        visited = _visited(state, visit)
        people = _persons(state, visit.participants)
        if visited is None or len(people) != 1 or state.actor(people[0]).country in (None, visited):
            continue
        visitor = people[0]
        met = {a for e in events if e is not visit and e.kind in _TALKS and visitor in e.participants
               for a in _persons(state, e.participants) if state.actor(a).country == visited}
        if len(met) != 1:
            continue
        host = met.pop()
        if not _peers(state, visitor, host):
            continue
        visit.recipient.append(host)
        visit.participants.append(host)
        visit.countries = list(dict.fromkeys([*visit.countries, visited]))
