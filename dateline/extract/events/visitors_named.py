"""'A top U.S. diplomat is in Georgia for talks on regional security. Deputy Secretary of State X was
scheduled to meet Georgian Prime Minister Y': a visit that names its visitor only by a state (an
unnamed official, a delegation) takes as visitor the person of that state the talks told right after
it have, and as host their person of the host state (the contract: a visit's persons are the visitor
and the host); the talks, placed nowhere, are held where the visit is, and so are talks told in the
visit's own sentence that name no visitor ('met a senior American official who is visiting Japan').

One pass over the document's events, after the story frame (which opens only on a named visitor):
the talks must be told in the visit's sentence or the two after it (else the held talks told before
it that fall within its days, the nearest first: "... held talks on Wednesday. The Chilean
delegation, which arrived on Tuesday, will return on Thursday"), be between the visit's two states
only, and not be told as done before the visit.
"""

from __future__ import annotations

from bisect import bisect_right

from dateline.extract.document import DocState, EventDraft

__all__ = ["visitors_named_later"]

_TALKS = frozenset({"meeting", "agreement"})


def visitors_named_later(state: DocState, events: list[EventDraft]) -> None:
    """Name the visitor and host of a visit told by its states only from the talks told after it."""
    if state.doc is None:
        return
    starts = [s.start_char for s in state.doc.sents]
    for visit in events:
        if visit.kind != "visit" or state.persons(visit.participants):
            continue
        home = {c for a in visit.source if state.actor(a).kind in {"country", "group"}
                and (c := state.actor(a).country)}
        hosts = set(visit.countries) - home
        if len(home) != 1 or len(hosts) != 1:
            continue
        first = bisect_right(starts, visit.sentence[0]) - 1
        after = sorted((e for e in events if e.kind in _TALKS and not e.pluperfect), key=lambda e: e.trigger[0])
        before = _told_before(visit, after)
        for talks in [*after, *before]:
            told = bisect_right(starts, talks.sentence[0]) - 1
            if not (first <= told <= first + 2 or any(t is talks for t in before)) \
                    or not set(talks.countries) <= home | hosts:
                continue
            visitors = [a for a in state.persons(talks.participants) if state.actor(a).country in home]
            if not visitors:
                if told == first:  # "met a senior American official who is visiting Japan": there
                    _placed(talks, visit, hosts)
                continue
            met = [a for a in state.persons(talks.participants) if state.actor(a).country in hosts]
            visit.source = list(dict.fromkeys([*visitors, *visit.source]))
            visit.recipient = list(dict.fromkeys([*visit.recipient, *met]))
            visit.participants = list(dict.fromkeys([*visit.source, *visit.recipient]))
            _placed(talks, visit, hosts)
            break


def _told_before(visit: EventDraft, talks: list[EventDraft]) -> list[EventDraft]:
    """'Argentina's and Chile's foreign ministers held talks in Buenos Aires on Wednesday ... The Chilean
    delegation, which arrived on Tuesday, returns on Thursday': the held talks the report told before a held
    visit (the nearest first) whose day falls within the visit's days."""
    if visit.status != "occurred" or not visit.date_start:
        return []
    start, end = visit.date_start, visit.date_end or visit.date_start
    return [t for t in reversed(talks) if t.trigger[0] < visit.sentence[0] and t.kind == "meeting"
            and t.status == "occurred" and t.date_start and len(t.date_start) == 10
            and start[:10] <= t.date_start <= end[:10]]


def _placed(talks: EventDraft, visit: EventDraft, hosts: set[str]) -> None:
    """Talks placed nowhere, held on the visit, are where the visit is."""
    if talks.place is None and visit.place is not None and visit.place.country in hosts:
        talks.place, talks.place_from = visit.place, "story"
