"""Styles written before a person's name that are not part of it ("Datuk Seri", "His Highness").

The list is data (``name_prefixes`` in ``titles.yaml``). A style is matched on whole tokens,
case-insensitively, and must start with a capital letter in the text.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from dateline.extract.syntax import form_positions
from dateline.extract.titles import titles

__all__ = ["is_style", "openings", "opens", "prefix_end", "prefix_start", "strip_prefix"]

_MAX_TOKENS = 5
_OPENING = "dateline.style_openings"


@cache
def openings() -> frozenset[str]:
    """Every beginning of a style ("d", "da", ..., "datuk seri"): a style's text starts with its
    first token's, so a token that begins none opens none (one set look-up, not a span's text
    made for each token and width: most of the cost of finding names in a long document)."""
    styles = titles().name_prefixes | {p.lower() for p in titles().cased_prefixes}
    return frozenset(p[:n] for p in styles for n in range(1, len(p) + 1))


def opens(tok: Token) -> bool:
    """The token can begin a style ('Dato', 'Sheikh'): a set look-up."""
    return bool(tok.text[:1].isupper()) and tok.lower_ in openings()


def _opening_positions(doc: Doc) -> frozenset[int]:
    """The indices of the Doc's tokens that :func:`opens` holds for, found once per Doc from its
    forms (``form_positions``): no Token made at each position and width a style is tried at."""
    found: frozenset[int] | None = doc.user_data.get(_OPENING)
    if found is None:
        starts = openings()
        found = doc.user_data[_OPENING] = frozenset(
            i for form, at in form_positions(doc).items() if form[:1].isupper() and form.lower() in starts
            for i in at)
    return found


def _is_prefix(doc: Doc, start: int, end: int) -> bool:
    if start < 0 or end > len(doc) or start >= end or start not in _opening_positions(doc):
        return False
    return is_style(doc[start:end].text)


def is_style(text: str) -> bool:
    """Is ``text`` a style ("Datuk Seri", "H.E.", "HE"; not the pronoun "He")?"""
    return text.lower() in titles().name_prefixes or text in titles().cased_prefixes


def prefix_end(doc: Doc, start: int, end: int) -> int:
    """Index after the styles at the start of ``doc[start:end]`` (``start`` if there are none)."""
    i = start
    while i < end and i in _opening_positions(doc):
        best = next((j for j in range(min(end, i + _MAX_TOKENS), i, -1) if _is_prefix(doc, i, j)), None)
        if best is None:
            break
        i = best
    return i


def prefix_start(doc: Doc, end: int) -> int:
    """Index where the styles that end right before ``end`` begin (``end`` if there are none)."""
    i, opening = end, _opening_positions(doc)  # a style begins only where a token opens one
    while i > 0:
        best = next((j for j in range(max(0, i - _MAX_TOKENS), i) if j in opening and _is_prefix(doc, j, i)), None)
        if best is None:
            break
        i = best
    return i


def strip_prefix(text: str) -> str:
    """A name as a string without leading styles: 'Tan Sri Muhyiddin Yassin' -> 'Muhyiddin Yassin'."""
    words = text.split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n in range(min(_MAX_TOKENS, len(words) - 1), 0, -1):
            if words[0][:1].isupper() and is_style(" ".join(words[:n])):
                words = words[n:]
                changed = True
                break
    return " ".join(words)
