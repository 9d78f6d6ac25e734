"""Talks told again from one side: "The talks session was attended by Prime Minister X", "The meeting
was also attended by the Minister of Energy": after talks between two states, a mention of talks on
the same day whose parties are all of one of those states (the one side named, the guest lent by the
story or left unsaid) is those talks told again, and whoever "attended" them takes part in them. Talks
of one state alone are no engagement between states in any case (read after merging, no parse but the
trigger's own verb).
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.syntax import governing_verb, token_at

__all__ = ["one_side_told_again"]

_TALKS = frozenset({"meeting", "multilateral"})


def _attended(state: DocState, event: EventDraft) -> bool:
    """The mention's clause is an attending: "was attended by X", "X attended the talks"."""
    tok = token_at(state.doc, event.trigger[0]) if state.doc is not None else None
    return tok is not None and governing_verb(tok).lemma_.lower() == "attend"


def one_side_told_again(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """The events without the talks of one state that tell again talks of two or more held that day."""
    kept: list[EventDraft] = []
    for event in events:
        states = set(event.countries)
        told = next((e for e in kept if e.kind in _TALKS and event.kind in _TALKS and len(states) == 1
                     and len(set(e.countries)) >= 2 and states <= set(e.countries) and e.status == event.status
                     and e.date_start == event.date_start), None)
        if told is None:
            kept.append(event)
            continue
        if _attended(state, event):  # "the talks session was attended by Prime Minister X": X takes part
            new = [a for a in event.participants if a not in told.participants and state.actor(a).kind == "person"]
            told.recipient = [*told.recipient, *new]
            told.participants = [*told.participants, *new]
    return kept
