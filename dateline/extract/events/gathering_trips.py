"""A journey whose purpose is a gathering is no visit: the guide's "travel to a multilateral meeting
abroad that the text never describes as a visit or an arrival" ("will travel to the Netherlands to
attend the summit", "before heading to Scotland for the summit", "is set to travel to Riyadh for the
OPEC summit"). A trip for a two-state committee's meeting ("will travel to Muscat to take part in the
ninth meeting of the Iran-Oman committee") or for a summit with a counterpart ("left for Washington for a
summit with the U.S. president") is a visit: that meeting is no gathering of many states.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.cues import Cue
from dateline.extract.events.words import word_set

__all__ = ["to_gathering"]


def to_gathering(verb: Token, cues_in_sent: list[Cue]) -> bool:
    """'will travel to the Netherlands to attend the summit', 'heading to Scotland for the summit', 'set to
    travel to Riyadh for the OPEC summit': a journey whose purpose is a gathering or a meeting of many
    states (not a two-state committee's meeting, which the trip is a visit for)."""
    sittings = {c.token.i for c in cues_in_sent if c.kind in {"gathering", "multilateral"} and not any(
        p.dep_ == "prep" and p.lower_ in {"with", "between"} for p in c.token.children)}  # "a summit with X": talks
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for" and any(o.i in sittings for o in child.children):
            return True
        if child.dep_ in {"advcl", "xcomp"} and child.lemma_.lower() in word_set("attending_verbs") and any(
                o.i in sittings or o.dep_ == "prep" and any(p.i in sittings for p in o.children)
                for o in child.children):
            return True
    return False
