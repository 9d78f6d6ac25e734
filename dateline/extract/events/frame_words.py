"""The noun a gathering's phrase hangs from, when it frames a real gathering.

"preparations for the summit", "in the run-up to the World Urban Forum" (the parser splits "run - up"),
"thanked them for the excellent organisation of the forum": the governing noun makes the gathering
one that is held, not merely named. The words are data (``gathering_frames``; and
``common_gathering_frames``, which count only as common nouns: "the Organization of the Islamic
Conference" is a body's name, not the organising of a conference).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set

__all__ = ["frames_gathering", "hyphened"]


def hyphened(tok: Token) -> str:
    """The hyphen-joined word a token ends ('run-up' for 'up' of 'run - up'), else ''."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_:
        return doc[tok.i - 2:tok.i + 1].text.lower()
    return ""


def frames_gathering(governor: Token) -> bool:
    """Whether ``governor`` (the noun or preposition a gathering's phrase hangs from) frames it."""
    frames = word_set("gathering_frames")
    if governor.lemma_.lower() in frames or governor.lower_ in frames or hyphened(governor) in frames - {""}:
        return True
    return governor.text.islower() and governor.lemma_.lower() in word_set("common_gathering_frames")
