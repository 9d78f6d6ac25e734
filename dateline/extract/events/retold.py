"""One visit told twice, once as planned and once as under way.

"The president says he will press for trade during his visit ... he will hold talks with the prime
minister during his two-day visit": a report tells its engagement in several sentences, and the tense
of one mention may differ from another's ("is holding talks", "will hold talks"). Two mentions of the
same kind between the same two or more states, neither with a date of its own, are one engagement
unless a word tells another one ("will visit again", "a second visit"). Visits only: talks and calls
told in two tenses ("met ... last week", "will meet in Kyiv") were most often two engagements on 60
VOA passages nobody had tuned on (with talks merged too, event F1 there was 0.623, visits only 0.637).
"""

from __future__ import annotations

import datetime as dt

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.words import word_set
from dateline.extract.syntax import governing_verb, token_at

__all__ = ["also_met", "framed_parts", "met_again", "retold"]

_KINDS = frozenset({"visit"})


def _another(state: DocState, event: EventDraft) -> bool:
    """'will meet again', 'another round of talks', 'the second visit': a further engagement."""
    if state.doc is None:
        return True
    tok = token_at(state.doc, event.trigger[0])
    if tok is None:
        return True
    near = [*tok.children, *governing_verb(tok).children]
    if tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN":
        near += [*tok.head.head.children]  # "a second round of talks"
    # "the first visit by a Russian leader" is this one; "the second round of talks" another
    return any(t.lower_ in word_set("another_words") or t.ent_type_ == "ORDINAL" and t.lower_ != "first"
               for t in near)


def met_again(state: DocState, event: EventDraft) -> bool:
    """'The Venezuelan leader met again with X on Saturday', 'a second meeting', 'another round of
    talks': talks told as one more than the talks told before, never those again."""
    if event.kind not in {"meeting", "call"} or state.doc is None:
        return False
    tok = token_at(state.doc, event.trigger[0])
    if tok is None:
        return False
    words = word_set("repeated_words")
    if tok.pos_ in {"VERB", "AUX"}:
        return any(c.dep_ == "advmod" and c.lower_ in words for c in tok.children)
    return any(c.dep_ in {"amod", "det"} and c.lower_ in words for c in tok.children)


def also_met(state: DocState, a: EventDraft, b: EventDraft) -> bool:
    """'During the visit, X also met with Chairman of the Senate Y': talks told with 'also' that name
    someone the talks told before (``a``) did not are a further set of talks (the guide: each separate
    set of talks during a visit is its own meeting)."""
    if b.kind not in {"meeting", "call"} or state.doc is None:
        return False
    tok = token_at(state.doc, b.trigger[0])
    if tok is None or not any(c.dep_ == "advmod" and c.lower_ in word_set("further_adverbs")
                              for c in governing_verb(tok).children):
        return False
    told = {x for x in a.participants if state.actor(x).kind == "person"}
    return any(state.actor(x).kind == "person" and x not in told for x in b.participants)


def retold(state: DocState, a: EventDraft, b: EventDraft) -> bool:
    """``b`` tells ``a`` again with another status: same kind, same states, no date of either's own."""
    if a.kind != b.kind or a.kind not in _KINDS or a.date is not None or b.date is not None:
        return False
    states = set(a.countries)
    if len(states) < 2 or states != set(b.countries):
        return False
    return not _another(state, a) and not _another(state, b)


def _part_of(state: DocState, part: EventDraft, visit: EventDraft) -> bool:
    """``part`` is told inside ``visit``: the same traveller in the same host state."""
    if part is visit or visit.kind != "visit" or visit.frame is not None:
        return False
    mine = {a for a in part.source or part.participants if state.actor(a).kind == "person"}  # "the guest is to travel": no subject read
    theirs = {a for a in visit.source if state.actor(a).kind == "person"}
    # a part whose host was not read ("continues tomorrow with a visit to the Ahal velayat") names the traveller's state alone
    if len(set(part.countries)) < 2 and part.place is not None and part.place.country not in visit.countries:
        return False  # "X will also travel to China, arriving in Beijing": not read as the host's, another stay
    return bool(mine & theirs) and bool(part.countries) and set(part.countries) <= set(visit.countries) and (
        len(set(part.countries)) >= 2 or set(part.countries) <= {state.actor(a).country for a in mine})


def _same_traveller(state: DocState, part: EventDraft, visit: EventDraft) -> bool:
    """``part`` is ``visit``'s traveller in its host state: the same person, or, when ``part`` names
    none of its own ("the visit will continue with ..."), the same travelling state."""
    if _part_of(state, part, visit):
        return True
    if part is visit or visit.kind != "visit" or len(set(part.countries)) < 2 or set(part.countries) != set(
            visit.countries):
        return False
    travelling = {state.actor(a).country for a in visit.source}
    return not any(state.actor(a).kind == "person" for a in part.source) and bool(part.source) and all(
        state.actor(a).country in travelling for a in part.source)


def _next_days(state: DocState, part: EventDraft, visit: EventDraft) -> bool:
    """``part`` is told after ``visit``, as the same stay going on: undated, or dated from the visit's
    first day to three days after its last ("arrived on Tuesday ... will visit the national park on
    Wednesday"), and no word tells another visit ("will visit again", "a second visit")."""
    if part.trigger[0] <= visit.trigger[0] or visit.status != "occurred" or visit.date is None or _another(state, part):
        return False
    if part.date is None or not part.date_start:
        return part.status == "planned" and part.date_start is None
    start, end = visit.date_start or "", visit.date_end or visit.date_start or ""
    if len(start) != 10 or len(end) != 10 or len(part.date_start) != 10:
        return False
    last = (dt.date.fromisoformat(end) + dt.timedelta(days=3)).isoformat()
    return start <= part.date_start <= last


def framed_parts(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events without the journeys told inside a visit: "During the visit, X will travel to Shusha",
    "On the second day of his visit, X visited Sao Paulo", "arrived in Bishkek on Tuesday ... On
    Wednesday, he will travel to Osh" are that visit, in its host state (which lasts to that day)."""
    kept = []
    for e in events:
        if e.kind == "visit" and e.frame is not None and "visit" in e.frame.kinds \
                and any(_part_of(state, e, v) for v in events):
            continue
        stay = next((v for v in events if e.kind == "visit" and _same_traveller(state, e, v)
                     and _next_days(state, e, v)), None)
        if stay is None:
            kept.append(e)
        elif e.date is not None and e.date_start and len(e.date_start) == 10 and e.date_start > (stay.date_end or ""):
            stay.date_end = e.date_start  # the day that part of the stay is told for
    return kept
