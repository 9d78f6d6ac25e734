"""A visit's hosts are the people the guest met there (the contract; the guide's `persons`).

"Pakistani Foreign Minister Ishaq Dar arrived in Beijing on Monday for a four-day visit. On Wednesday
he was received by Vice President Han Zheng ... He also held talks with Foreign Minister Wang Yi": the
visit's hosts are those who received the guest and his counterpart (the head of the hosting
institution: the official of the host state in the visitor's own office), not every official he
met (GUIDE, a visit's `persons`): "President Japarov's state visit ... Premier Li Qiang met with
Japarov" leaves the premier out of the visit; the host side of the talks told first, and a host
head of state or government of the guest's rank or above, host him too (``hosting``). One pass over the document's events: each held visit takes, from
the held meetings that have its visitor as a party, fall within its days and are between its two
states, the host state's persons.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.heads import is_head
from dateline.extract.same_office import same_office

__all__ = ["hosting", "hosts_met"]

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


def _receives(person: str, visitors: set[str], talks: list[EventDraft]) -> bool:
    """The person received or hosted a visitor ("X received Y", "Y was received by X"; the host
    state's person of a hosting: the guest is its source), or signed with him ("Mr. Hu and Prime
    Minister X signed a document")."""
    for t in talks:
        own = set(t.participants if t.kind != "agreement" or t.own_parties is None else t.own_parties)
        if (t.hosted or t.kind == "agreement") and person in t.participants and visitors & own:
            return True  # a signing the visitor signs by its own clause, not one the story lent him
    return False


def _rank(title: str | None) -> int:
    return 3 if is_head(title, government=False) else 2 if is_head(title) else 1


def hosting(state: DocState, visit: EventDraft, visitors: list[str], talks: list[EventDraft],
            met: list[str]) -> list[str]:
    """Of the host officials the visitors ``met`` in ``talks``, the visit's hosts: those who
    received a visitor or signed with him, those in a visitor's office, the host side of the talks
    told first, and a head of state or government of the host at
    least of the visitor's rank ("the foreign minister met with the President"); not an official
    met besides ("also met with the Secretary of the Security Council", the premier a president
    met)."""
    guests = set(visitors)
    titles = [state.actor(v).title for v in visitors]
    homes = {state.actor(v).country for v in visitors}
    first = min((t for t in talks if guests & set(t.participants) and any(
        state.actor(a).kind == "person" and state.actor(a).country not in homes for a in t.participants)),
        key=lambda t: t.trigger, default=None)
    top = max((_rank(t) for t in titles), default=1)
    return [a for a in met if _receives(a, guests, talks)
            or any(same_office(state.actor(a).title, t) for t in titles)
            or first is not None and a in first.participants
            or _rank(state.actor(a).title) >= max(top, 2)]


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
        held: list[EventDraft] = []
        for talks in events:
            if talks.kind not in _TALKS or talks.status != "occurred" or not visitors & set(talks.participants) \
                    or not _between(talks, visit, host) or not _within(talks, visit):
                continue
            held.append(talks)
            met.extend(a for a in talks.participants
                       if state.actor(a).kind == "person" and state.actor(a).country == host)
        met = [a for a in dict.fromkeys(met) if a not in visit.participants]
        new = hosting(state, visit, sorted(visitors), held, met) if met else []
        if new:
            visit.recipient = [*visit.recipient, *new]
            visit.participants = list(dict.fromkeys([*visit.source, *visit.recipient]))
