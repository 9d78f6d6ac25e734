"""The noun a gathering's phrase hangs from, when it frames a real gathering.

"preparations for the summit", "in the run-up to the World Urban Forum" (the parser splits "run - up"),
"thanked them for the excellent organisation of the forum": the governing noun makes the gathering
one that is held, not merely named. The words are data (``gathering_frames``; and
``common_gathering_frames``, which count only as common nouns: "the Organization of the Islamic
Conference" is a body's name, not the organising of a conference). A gathering named inside
another's phrase is that one's name only when no clause stands between them (``clause_between``).
A capitalised name however the parser splits it ("Group of (Eight summit)", "Bay of (Bengal
Economic Forum)") begins at ``name_left``; ``name_after`` tells whether a gathering preposition or a
frame noun governs it ("at this week's Group of Eight summit", "in the run-up to the Bay of ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set

__all__ = ["clause_between", "frames_gathering", "gathering_governor", "hyphened", "name_after", "name_left"]


def hyphened(tok: Token) -> str:
    """The hyphen-joined word a token ends ('run-up' for 'up' of 'run - up'), else ''."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_:
        return doc[tok.i - 2:tok.i + 1].text.lower()
    return ""


def gathering_governor(tok: Token) -> Token:
    """The noun or verb a gathering's phrase hangs from: 'preparations (for the summit)'; 'on day two
    (of the conference)', where the parser hangs 'of' on the number, the day."""
    governor = tok.head.head if tok.head.dep_ == "prep" and tok.dep_ == "pobj" else tok.head
    return governor.head if governor.dep_ == "nummod" else governor


def frames_gathering(governor: Token) -> bool:
    """Whether ``governor`` (the noun or preposition a gathering's phrase hangs from) frames it."""
    frames = word_set("gathering_frames")
    if governor.lemma_.lower() in frames or governor.lower_ in frames or hyphened(governor) in frames - {""}:
        return True
    return governor.text.islower() and governor.lemma_.lower() in word_set("common_gathering_frames")


def clause_between(first: Token, later: Token) -> bool:
    """A verb or a relative word between two gathering words: 'the second ASEAN-GCC Summit, which
    will be held alongside the 46th ASEAN Summit' tells two gatherings, 'the 29th session of the
    Conference of the Parties (COP29)' one."""
    return any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"compound", "amod"} or t.lower_ in {"which", "where"}
               for t in first.doc[first.i + 1:later.i])


def name_left(tok: Token) -> int:
    """Where a gathering's capitalised name begins: 'Group of Eight (summit)'."""
    doc = tok.doc
    left = tok.i
    while left > 0 and (doc[left - 1].text[:1].isupper() and not doc[left - 1].is_sent_start
                        or doc[left - 1].lower_ in {"of", "and"} and left > 1 and doc[left - 2].text[:1].isupper()):
        left -= 1
    return left


def name_after(tok: Token) -> bool:
    """The words before the name are a gathering preposition: 'at this week's Group of Eight summit'."""
    doc = tok.doc
    left = name_left(tok)
    if left == tok.i:
        return False
    while left > 0 and (doc[left - 1].dep_ in {"det", "poss", "case"} or doc[left - 1].ent_type_ == "DATE"):
        left -= 1
    return left > 0 and (doc[left - 1].lower_ in word_set("gathering_prepositions") or frames_gathering(doc[left - 1].head))
