"""Trigger words used in a sense that is no engagement between states.

"telling television audiences" speaks to viewers, not in an audience granted by a head of state;
"many states have signed on to the programme" joins an initiative, it signs no document.
"""

from __future__ import annotations

from dateline.extract.events.cues import Cue
from dateline.extract.events.words import word_set

__all__ = ["other_sense"]


def other_sense(cue: Cue) -> bool:
    """The cue's word is used in a sense that names no engagement."""
    tok = cue.token
    if cue.kind == "meeting" and cue.via == "noun" and tok.lemma_.lower() == "audience" and any(
            c.dep_ in {"compound", "amod"} and c.lower_ in word_set("viewer_modifiers") for c in tok.children):
        return True  # "told television audiences", "a live radio audience": viewers and listeners
    if cue.kind == "agreement" and tok.dep_ == "pobj" and tok.head.lower_ == "to":
        verb = tok.head.head
        return verb.lemma_.lower() == "sign" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    return False  # ("signed on to the U.S.-led programme": joined it)
