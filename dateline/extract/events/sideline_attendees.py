"""Those who hold talks on the sidelines of a gathering attend it.

"X, who is in Antalya for the Diplomacy Forum, held a meeting with Y on the sidelines of the forum",
"Z held talks with A and B on the sidelines of the Security Forum": X, Y, Z, A and B are at the
forum (GUIDE: a gathering lists the named people who attend it). One pass over the document's
talks: the gathering their 'on the sidelines of ...' phrase names (the gathering's own word
inside it, or the same noun told again for a gathering told before) takes
their persons as attendees (talks held there tell the gathering sits, whatever its own clause
plans: "is in Doha to take part in the forum").
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.sidelines import beside_phrase
from dateline.extract.syntax import token_at

__all__ = ["sideline_attendees"]

_GATHERINGS = frozenset({"gathering", "multilateral"})


def _setting(state: DocState, talks: EventDraft, span: tuple[int, int],
             gatherings: list[EventDraft]) -> EventDraft | None:
    assert state.doc is not None
    inside = [g for g in gatherings if span[0] <= g.trigger[0] < span[1] and g is not talks]
    if inside:
        return inside[0]
    words = {t.lower_ for t in state.doc.char_span(*span, alignment_mode="expand") or []
             if t.pos_ in {"NOUN", "PROPN"}}  # "the forum": the noun told again
    told = [g for g in gatherings if g.trigger[1] <= span[0] and g is not talks
            and state.text[g.trigger[0]:g.trigger[1]].lower() in words]
    return told[-1] if told else None


def sideline_attendees(state: DocState, events: list[EventDraft]) -> None:
    """Add the persons of talks held on the sidelines of a gathering to its attendees."""
    if state.doc is None:
        return
    gatherings = sorted((g for g in events if g.kind in _GATHERINGS), key=lambda g: g.trigger)
    for talks in events:
        if talks.kind not in {"meeting", "multilateral"} or (tok := token_at(state.doc, talks.trigger[0])) is None:
            continue
        if (span := beside_phrase(tok)) is None:
            continue
        if (gathering := _setting(state, talks, span, gatherings)) is None or gathering is talks:
            continue
        persons = [a for a in talks.participants if state.actor(a).kind == "person"
                   and a not in gathering.participants]
        gathering.attendees = list(dict.fromkeys([*gathering.attendees, *persons]))
