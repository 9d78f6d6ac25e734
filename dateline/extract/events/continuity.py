"""Whether the story an engagement was told in goes on: a new story starts a new frame.

A report (and, more so, a window of a news round-up) tells one story after another. A mention that
names no parties of its own ("the talks", "the meeting was postponed") takes them from the
engagement told last only while that engagement's story goes on: every sentence between them
mentions one of its parties (a name, a title, a pronoun resolved to one of them, or one of its
states). Two sentences in a row that mention none of them start another story ("Heavy rain flooded
... Officials say thousands were evacuated. The talks are expected to last a week."): the later
mention's parties are not the earlier engagement's.
"""

from __future__ import annotations

from dateline.extract.document import DocState, EventDraft

__all__ = ["story_goes_on"]

_GAP = 2  # sentences in a row that mention none of the engagement's parties: another story


def _touches(state: DocState, told: EventDraft, start: int, end: int) -> bool:
    parties, states = set(told.participants), set(told.countries)
    return any(m.actor_id in parties or state.actor(m.actor_id).country in states
               for m in state.mentions_starting(start, end))


def story_goes_on(state: DocState, told: EventDraft, later: EventDraft) -> bool:
    """No run of ``_GAP`` sentences between ``told`` and ``later`` mentions any of ``told``'s
    parties or states."""
    if state.doc is None or later.sentence[0] <= told.sentence[0]:
        return True
    gap = 0
    for sent in state.doc.sents:
        if sent.start_char < told.sentence[1]:
            continue
        if sent.start_char >= later.sentence[0]:
            break
        gap = 0 if _touches(state, told, sent.start_char, sent.end_char) else gap + 1
        if gap >= _GAP:
            return False
    return True
