"""A meeting of an organisation's member states named as a group is a sitting of the organisation.

"The meeting of Prosecutors General of the SCO member states held in Minsk", "the meeting of
foreign ministers of the OTS member states in Gabala", "the meeting of the heads of emergency
agencies of the SCO member states will be held in Astana": the group the meeting's own words name
has the same members as an organisation, so the meeting is a body of that organisation, coded as
the guide codes one ("the states listed as present, plus the IGO"): the organisation, the states of
the officials told at it, and (``told_attendees.body_hosts``) the state it is held in; not every
member the group stands for. States the text lists ("attended by the ministers of A, B and C") are
added by the passes that read them. One pass over the document's multilateral meetings.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.participants import countries_of
from dateline.extract.places import org_entries
from dateline.extract.syntax import token_at

__all__ = ["member_sittings"]


def _organisations(members: frozenset[str]) -> list[str]:
    """The organisations whose member list is exactly ``members``."""
    return [o.acronym for o in org_entries() if o.members and frozenset(o.members) == members]


def member_sittings(state: DocState, events: list[EventDraft]) -> None:
    """Code a meeting named by an organisation's member states as the organisation's sitting."""
    doc = state.doc
    if doc is None:
        return
    for event in events:
        if event.kind != "multilateral":
            continue
        trigger = token_at(doc, event.trigger[0])
        if trigger is None:
            continue
        lo, hi = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
        groups = [a for a in event.participants if state.actor(a).kind == "group" and state.actor(a).members
                  and any(m.actor_id == a and lo <= m.start < hi for m in state.mentions)]
        orgs = list(dict.fromkeys(o for g in groups for o in _organisations(frozenset(state.actor(g).members or ()))))
        if not orgs:
            continue
        event.drop_parties(set(groups))
        event.countries = sorted({*countries_of(state, event.participants), *orgs})
