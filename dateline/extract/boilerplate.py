"""Outlet names and page boilerplate that must never become actors."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from dateline.gazetteer import soft_fold
from dateline.lexicons.loader import load_lexicon

__all__ = ["boilerplate_spans", "caption_spans", "credit_spans", "in_spans", "is_outlet", "outlet_state", "travelling_state"]

_CREDIT_LINE_CHARS = 120  # a byline or a photo credit is one short line
_FURNITURE_LINE_CHARS = 400  # an editor's note or a copyright notice is a line or two


@cache
def _outlets() -> frozenset[str]:
    return frozenset(soft_fold(o) for o in load_lexicon("outlets.yaml")["outlets"])


def is_outlet(text: str) -> bool:
    """True for an outlet name or boilerplate ('Trend', '(MENAFN - AzerNews)', 'Read more')."""
    key = soft_fold(text.strip("()[]/ -–—:")).removeprefix("the ")
    if key in _outlets() or key.removesuffix(" reports") in _outlets():
        return True
    parts = [p for p in re.split(r"\s*[-–—]+\s+|\s+[-–—]+\s*", key) if p]
    return len(parts) > 1 and all(p in _outlets() for p in parts)  # "(MENAFN - Trend News Agency)"


@cache
def _states() -> dict[str, str]:
    table = load_lexicon("outlets.yaml").get("outlet_states") or {}
    return {soft_fold(str(name)): str(code) for name, code in table.items()}


def outlet_state(outlet: str | None) -> str | None:
    """The state of a national agency ('Trend' -> 'AZE'); None for an agency of no one state."""
    return _states().get(soft_fold(outlet.strip())) if outlet else None


@cache
def _bureaus() -> frozenset[str]:
    return frozenset(soft_fold(str(name)) for name in load_lexicon("outlets.yaml").get("bureau_outlets") or [])


def travelling_state(outlet: str | None) -> str | None:
    """The state of a national agency that files from abroad only beside its own officials ('KUNA' ->
    'KWT'); None for an agency with bureaus reporting their host state's news (Xinhua) or of no state."""
    return None if not outlet or soft_fold(outlet.strip()) in _bureaus() else outlet_state(outlet)


@cache
def _credit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = load_lexicon("outlets.yaml")
    labels = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words["credit_labels"])
    by = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words["credit_by"])
    name = r"[A-Z][\w'.\-]+(?:[ \t]+[A-Z][\w'.\-]+){0,3}"
    line = re.compile(rf"^[ \t]*(?:(?:{labels})[ \t]*[:\-\u2013\u2014|][^\n]*"
                      rf"|(?:{by})[ \t]+by\b[^\n]*|By[ \t]+{name}(?:[ \t]*[,|/\u2013\u2014-][^\n]*)?)(?<![.!?])$",
                      re.MULTILINE)
    inline = re.compile(rf"\((?:(?:{by})[ \t]+by\b)[^()\n]*\)")
    return line, inline


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of bylines and credits: "By Nigar Abbasova, Staff writer", "Photo: press
    service", "(Reporting by ...; Editing by ...)". The people named there wrote or photographed
    the report; they are no officials of it."""
    line, inline = _credit_patterns()
    spans = [(m.start(), m.end()) for m in line.finditer(text) if m.end() - m.start() <= _CREDIT_LINE_CHARS]
    spans += [(m.start(), m.end()) for m in inline.finditer(text)]
    return sorted(spans)


@cache
def _furniture_pattern() -> re.Pattern[str]:
    words = load_lexicon("outlets.yaml")
    openers = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words["furniture_openers"])
    marks = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words["furniture_marks"])
    return re.compile(rf"^[ \t]*(?:(?:{openers})(?!\w)[^\n]*|[^\n]*(?:{marks})[^\n]*)$",
                      re.MULTILINE | re.IGNORECASE)


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines that are no part of the story: the credits of
    :func:`credit_spans` and the page furniture around it ("Follow us on Twitter", "Read also:
    Kazakhstan, Uzbekistan sign deal", "Updated: ...", "Editor's note: ...", a copyright line).
    No engagement is told and no official named in them."""
    return list(_boilerplate_spans(text))


@lru_cache(maxsize=4)
def _boilerplate_spans(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`boilerplate_spans` of a text, found once for the people and the events stages."""
    spans = [(m.start(), m.end()) for m in _furniture_pattern().finditer(text)
             if m.end() - m.start() <= _FURNITURE_LINE_CHARS]
    return tuple(sorted(credit_spans(text) + spans))


@cache
def _caption_pattern() -> re.Pattern[str]:
    openers = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in load_lexicon("outlets.yaml")["caption_openers"])
    return re.compile(rf"^[ \t]*(?:{openers})[ \t]*:[^\n]*$", re.MULTILINE | re.IGNORECASE)


def caption_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of photo captions ("Photo: President X receives Y at the palace"): a caption
    retells the story's engagements, it tells none of its own (the officials it names still count)."""
    return [(m.start(), m.end()) for m in _caption_pattern().finditer(text) if m.end() - m.start() <= _FURNITURE_LINE_CHARS]


def in_spans(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Does ``start``-``end`` lie inside one of ``spans``? (A sentence the parser ran on from a
    byline into the lead, "By Nigar Abbasova - Trend:\n\nPresident X received ...", does not.)"""
    return any(s <= start and end <= e for s, e in spans)
