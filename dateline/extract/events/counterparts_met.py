"""A visit's hosts are the people the guest met there (the contract; the guide's `persons`).

"Pakistani Foreign Minister Ishaq Dar arrived in Beijing on Monday for a four-day visit. On Wednesday
he was received by Vice President Han Zheng ... He also held talks with Foreign Minister Wang Yi": the
visit's people are the visitor and every official of the host state he met during it. One pass over
the document's events: each held visit takes, from the held meetings (and agreements signed) that
have its visitor as a party, fall within its days and are between its two states, the host state's
persons.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft

__all__ = ["hosts_met"]

_TALKS = frozenset({"meeting", "multilateral"})


def _within(event: EventDraft, visit: EventDraft) -> bool:
    """The event's day lies in the visit's days (each as precise as it is told); a report that dates
    neither (no day told, no publication date) tells them as one story, both as the report's news,
    unless the talks are placed in another state ("had also met X in Baku")."""
    if not event.date_start and not visit.date_start:
        if event.pluperfect or visit.pluperfect:
            return False
        return event.place is None or visit.place is None or event.place.country == visit.place.country
    if not (event.date_start and visit.date_start):
        return False
    start, end = visit.date_start, visit.date_end or visit.date_start
    day = event.date_start
    return start[:len(day)] <= day[:len(start)] and day[:len(end)] <= end[:len(day)]


def _between(talks: EventDraft, visit: EventDraft, host: str) -> bool:
    """Talks between the visit's two states, or a multilateral meeting held in the host state (whose
    chair or host-state member the visitor sat with: 'a council meeting in Bishkek, chaired by X')."""
    if talks.kind == "multilateral":
        return talks.place is not None and talks.place.country == host
    return set(talks.countries) <= set(visit.countries)


def hosts_met(state: DocState, events: list[EventDraft]) -> None:
    """Add to each held visit the host-state officials its visitor met during it."""
    for visit in events:
        if visit.kind != "visit" or visit.status != "occurred":
            continue
        visitors = {a for a in visit.source if state.actor(a).kind == "person"}
        homes = {state.actor(a).country for a in visitors}
        hosts = set(visit.countries) - homes
        if not visitors or len(hosts) != 1 or None in homes:
            continue
        host = next(iter(hosts))
        met: list[str] = []
        for talks in events:
            if talks.kind not in _TALKS or talks.status != "occurred" or not visitors & set(talks.participants) \
                    or not _between(talks, visit, host) or not _within(talks, visit):
                continue
            met.extend(a for a in talks.participants
                       if state.actor(a).kind == "person" and state.actor(a).country == host)
        new = [a for a in dict.fromkeys(met) if a not in visit.participants]
        if new:
            visit.recipient = [*visit.recipient, *new]
            visit.participants = list(dict.fromkeys([*visit.source, *visit.recipient]))
