"""'A and B signed a memorandum on visas, while C and D signed an agreement on grids': a second clause
opened by a contrast conjunction has a subject of its own. C and D do the second verb, not the first
(the parser often hangs them on the first verb, under 'while' read as a preposition), and each verb
tells its own signing."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extract.events.words import word_set
from dateline.extract.syntax import VERBAL

__all__ = ["contrast_subjects", "contrasted", "own_subject_verb"]


def _subject_spans(verb: Token) -> list[tuple[range, Token]]:
    """Each 'while' of the verb's sentence followed by a subject and then a verb (no verb between),
    as (the subject's tokens, that verb). 'while visiting Baku' has no subject of its own."""
    marks = word_set("contrast_marks")
    spans: list[tuple[range, Token]] = []
    for tok in verb.sent:
        if tok.lower_ not in marks:
            continue
        after = tok.doc[tok.i + 1:verb.sent.end]
        nxt = next((t for t in after if t.pos_ in VERBAL), None)
        if nxt is None or nxt.pos_ != "VERB" or nxt.i == tok.i + 1:
            continue
        subject = range(tok.i + 1, nxt.i)
        if any(tok.doc[i].pos_ in {"PROPN", "NOUN", "PRON"} for i in subject):
            spans.append((subject, nxt))
    return spans


def contrast_subjects(verb: Token) -> tuple[set[int], set[int]]:
    """The tokens the verb's clause gains (the subject told between 'while' and the verb) and loses (a
    subject told after 'while' for a later verb)."""
    gained: set[int] = set()
    lost: set[int] = set()
    for subject, owner in _subject_spans(verb):
        if owner.i == verb.i:
            gained.update(subject)
        elif verb.i < subject.start:
            lost.update(subject)
    return gained, lost


def own_subject_verb(verb: Token) -> int | None:
    """The verb's index when it follows 'while' with a subject of its own (what it tells is not the
    first clause's: another signing), else None."""
    return verb.i if any(owner.i == verb.i for _, owner in _subject_spans(verb)) else None


def contrasted(verb: Token) -> bool:
    """The verb is one of two clauses told apart by 'while' (its own subject after it, or another's):
    each tells an engagement of its own."""
    gained, lost = contrast_subjects(verb)
    return bool(gained or lost)
