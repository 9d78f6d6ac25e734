"""State institutions and national parliaments (``institutions.yaml``)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from dateline.gazetteer import soft_fold
from dateline.lexicons.loader import load_lexicon

__all__ = ["institution_of", "parliament_country"]


@cache
def _institutions() -> list[tuple[re.Pattern[str], str]]:
    lex = load_lexicon("institutions.yaml") or {}
    out = []
    for entry in lex.get("institutions", []) or []:
        for variant in [entry["name"], *(entry.get("variants") or [])]:
            out.append((re.compile(rf"\b{re.escape(soft_fold(variant))}\b"), entry["name"]))
    out.sort(key=lambda pair: -len(pair[0].pattern))
    return out


@cache
def _parliaments() -> list[tuple[re.Pattern[str], str]]:
    lex = load_lexicon("institutions.yaml") or {}
    out = []
    for entry in lex.get("parliaments", []) or []:
        for variant in [entry["name"], *(entry.get("variants") or [])]:
            out.append((re.compile(rf"\b{re.escape(soft_fold(variant))}\b"), entry["country"]))
    return out


@lru_cache(maxsize=1 << 16)  # a pure function of the text, asked for the same titles again and again
def institution_of(text: str) -> str | None:
    """The canonical institution named in ``text`` ('General Prosecutor's Office' -> ...)."""
    key = soft_fold(text)
    for pattern, name in _institutions():
        if pattern.search(key):
            return name
    return None


@lru_cache(maxsize=1 << 16)  # each call tried every parliament's every name
def parliament_country(text: str) -> str | None:
    """The country of a national parliament named in ``text`` ('Milli Majlis' -> 'AZE')."""
    key = soft_fold(text)
    for pattern, code in _parliaments():
        if pattern.search(key):
            return code
    return None
