"""One occasion, one event: the meeting of all the members of an organisation at its own summit is
the summit.

"The SCO summit opened in Astana on Thursday. The leaders of the SCO member states held a meeting in
narrow format", "The informal summit of the OTS was held in Bishkek. The heads of state of
Azerbaijan, Kazakhstan, Kyrgyzstan, Turkiye and Uzbekistan met at the summit": the guide codes a
named summit as a gathering only, so a multilateral meeting of every member state of the
gathering's organisation, on the gathering's day, is the gathering told again (its people attend
it). A meeting of some members ("the leaders of Angola, Brazil and Portugal held a trilateral
meeting during the summit") is an engagement of its own. One pass over the document's events.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.places import org_entries

__all__ = ["one_occasion"]


def _same_days(a: EventDraft, b: EventDraft) -> bool:
    """Neither is dated, or their days overlap."""
    if not a.date_start or not b.date_start:
        return True
    return a.date_start <= (b.date_end or b.date_start) and b.date_start <= (a.date_end or a.date_start)


def one_occasion(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """Drop a multilateral meeting of all the members of a gathering's organisation on its days."""
    members = {o.acronym: frozenset(o.members) for o in org_entries() if o.members}
    igos = {o.acronym for o in org_entries()}
    gatherings = [g for g in events if g.kind == "gathering"]
    told_again: set[int] = set()
    for meeting in (e for e in events if e.kind == "multilateral"):
        states = {c for c in meeting.countries if c not in igos}
        for gathering in gatherings:
            whole = [o for o in gathering.countries if o in members and members[o] <= states]
            if whole and _same_days(gathering, meeting) and meeting.status == gathering.status:
                people = [a for a in meeting.participants if state.actor(a).kind == "person"]
                gathering.attendees = list(dict.fromkeys([*gathering.attendees, *people]))
                told_again.add(id(meeting))
                break
    return [e for e in events if id(e) not in told_again]
