"""No sentence starts inside a run of capitalised words: the parser is told so before it parses.

"held talks with Azerbaijan's Minister of Justice Farid Ahmadov on the enforcement of ...": the
small English parser, lost in a long title chain, may end the sentence after "Justice" and root a
new one at "Ahmadov", so the name falls outside the clause of the talks it is a party of. A word
that begins with a capital right after another capitalised word (no punctuation, no line break
between them) continues a name or a title; spaCy's parser keeps a preset ``is_sent_start =
False``. So does a name after a two-letter initial ("Sh. Mirziyoyev", ``tokens.yaml`` initials). A line break (a headline above the dateline) or a full stop ("... in the U.S. President
X said") still lets a sentence begin.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.language import Language

from dateline.lexicons.loader import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["add_name_runs"]

NAME = "dateline_name_runs"


@cache
def _initials() -> frozenset[str]:
    words = load_lexicon("tokens.yaml") or {}
    return frozenset([*words.get("initials", []), *words.get("rank_abbreviations", []), *words.get("honorific_abbreviations", [])])


@Language.component(NAME)
def _name_runs(doc: Doc) -> Doc:
    initials = _initials()
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.text[:1].isupper() and "\n" not in prev.whitespace_ and (
                prev.is_alpha and prev.text[:1].isupper() or prev.text in initials):
            tok.is_sent_start = False  # "Minister of Justice Farid", "Sh. Mirziyoyev"
    return doc


def add_name_runs(nlp: Language) -> None:
    """Insert the component before the parser (idempotent)."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
