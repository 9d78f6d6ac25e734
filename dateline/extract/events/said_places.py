"""'A and B signed a treaty in Tashkent, X said in Baku': the place of the report, not of the engagement.

A place phrase on a verb of speech above the engagement's own verb tells where the speaker spoke. It
is taken only when the engagement's clause names no place of its own (its topic phrase included:
'signed a treaty on allied relations in Tashkent', where the parser hangs the city on the topic).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.syntax import in_subtree

__all__ = ["said_at"]


def said_at(place: Token, verb: Token) -> bool:
    """``place`` hangs ('in', 'at') on a verb of speech that reports ``verb`` from above."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in {"in", "at"}:
        return False
    speech = prep.head
    return speech.i != verb.i and speech.lemma_.lower() in word_set("speech_verbs") and in_subtree(verb, speech)
