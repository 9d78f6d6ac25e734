"""Talks told only by what was said ("X discussed trade with Y", "spoke with Y") in a report of a
call: the call told again, not a meeting of its own.

"X held a telephone conversation with Y on Monday. X discussed water sharing with Y": one call. A
talking verb names the talks, not how they were held; when the document tells a call between the
same states, that is the engagement.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft
from dateline.extract.events.cues import cues, find_triggers
from dateline.extract.events.words import word_set
from dateline.extract.syntax import token_at

__all__ = ["calls_told_again"]


def _said_only(state: DocState, event: EventDraft) -> bool:
    """A meeting whose trigger is a talking verb ('discussed', 'spoke'), not a meeting word."""
    if event.kind != "meeting" or state.doc is None:
        return False
    tok = token_at(state.doc, event.trigger[0])
    if tok is None or tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in word_set(
            "talking_verbs") | word_set("sides_talking_verbs") | word_set("addressing_verbs") or tok.lemma_.lower() in cues().verbs:
        return False
    return not any(c.kind == "meeting" and c.token.i != tok.i and not tok.is_ancestor(c.token)
                   for c in find_triggers(tok.sent))  # "their talks, where they discussed"; not "agreed to meet"


def calls_told_again(state: DocState, events: list[EventDraft]) -> list[EventDraft]:
    """Drop the meetings told only by a talking verb when a call of the same states is told."""
    calls = [set(e.countries) for e in events if e.kind == "call" and len(e.countries) >= 2]
    return [e for e in events if not (_said_only(state, e) and any(set(e.countries) <= c for c in calls))]
