"""The dateline is no part of the lead sentence: the parser is told so before it parses.

"ASTANA (Kazinform) - President of Kazakhstan Kassym-Jomart Tokayev received ...": left to
itself, the small English parser makes the dateline's city the subject of "received" and the
president an apposition of it; "DUBAI, 5th June, 2025 (WAM) -- Sheikh Abdullah ..., met" the
same. The dateline (found by :func:`~dateline.extract.header.find_dateline`, the one reading of
it the header stage records) is one sentence of its own: its first token starts a sentence, no
token inside it does, and the lead sentence starts at the first token after it, so the lead's
subject and events parse as if the dateline were absent; nor do the lead's next few tokens start
one (after "GENEVA, Feb 5 -" the parser made "Sudan" of "Sudan and South Sudan held talks" a
sentence of its own). A byline or a headline line above the
dateline stays a sentence of its own too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from dateline.extract.header import body_start, find_dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["add_dateline_cut", "cut_dateline"]

NAME = "dateline_cut"
_LEAD_HOLD = 3  # the lead's first tokens open no sentence of their own: the parser cut "Sudan" off its verb
_ENDS = frozenset({".", "!", "?"})


def _cut_date_line(doc: Doc) -> None:
    """' date 2024-05-07' above the body is a line of its own: left to itself the parser read "date"
    as a clause of the lead ("Speaking in Nairobi, X said": "Speaking" hung from "date")."""
    start = body_start(doc.text)
    if not start:
        return
    head: list[Token] = []
    body = None
    for tok in doc:  # the date line's few tokens, then the body's first
        if tok.is_space:
            continue
        if tok.idx >= start:
            body = tok
            break
        head.append(tok)
    if not head or body is None:
        return
    head[0].is_sent_start = True
    for tok in head[1:]:
        tok.is_sent_start = False
    body.is_sent_start = True


def cut_dateline(doc: Doc) -> Doc:
    """Preset the sentence starts around the dateline of ``doc`` and after a ` date` line above it
    (unchanged without either)."""
    _cut_date_line(doc)
    match = find_dateline(doc.text)
    if match is None:
        return doc
    start, end = match.span
    inside = [t for t in doc if start <= t.idx < end and not t.is_space]
    after = next((t for t in doc if t.idx >= end and not t.is_space), None)
    if not inside or after is None:
        return doc
    inside[0].is_sent_start = True
    for tok in inside[1:]:
        tok.is_sent_start = False
    after.is_sent_start = True
    for tok in doc[after.i + 1:after.i + 1 + _LEAD_HOLD]:  # "GENEVA, Feb 5 - Sudan | and South Sudan held talks"
        if tok.is_space or "\n" in tok.text or tok.is_punct and tok.text in _ENDS:
            break
        tok.is_sent_start = False
    return doc


@Language.component(NAME)
def _dateline_cut(doc: Doc) -> Doc:
    return cut_dateline(doc)


def add_dateline_cut(nlp: Language) -> None:
    """Insert the component before the parser, after the name runs (idempotent)."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
