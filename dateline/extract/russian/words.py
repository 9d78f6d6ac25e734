"""Russian words as keys: context-free lemmas (pymorphy3) and phrase tables matched on them.

Every lexicon phrase (``ru_*.yaml``) and every token of a text is reduced the same way: lower
case, ``ё`` as ``е``, dashes as ``-``, each word to pymorphy3's first normal form. A phrase in
any case ("Генеральным прокурором", "государств — участников СНГ") then meets its nominative
entry ("Генеральный прокурор", "государства — участники СНГ"). Both sides use the same
analysis out of context, so they agree even where pymorphy3 picks a rare reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Generic, TypeVar

from dateline.errors import LexiconError
from dateline.lexicons.loader import load_lexicon

__all__ = ["PhraseTable", "is_cyrillic", "lemma", "lemmas", "ru_lexicon", "split_words", "stem"]

T = TypeVar("T")
_WORD = re.compile(r"[\w]+(?:[-‐‑][\w]+)*|[—–‒―-]|[^\w\s]", re.UNICODE)
_DASHES = str.maketrans({"—": "-", "–": "-", "‒": "-", "―": "-", "‐": "-", "‑": "-", "ё": "е", "Ё": "Е"})
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@cache
def _analyzer():  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


_PROPER = ("Geox", "Name", "Surn", "Orgn", "Abbr")


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The normal form of ``word`` (lower case, ``ё`` folded); other scripts lower-cased.

    A capitalised word takes its first analysis as a proper name when pymorphy3 has one
    ("Астану" -> "астана", not the first name "Астан"); any other word its first analysis.
    """
    proper = word[:1].isupper()
    folded = word.translate(_DASHES).lower()
    if not _CYRILLIC.search(folded):
        return folded
    parses = _analyzer().parse(folded)
    chosen = parses[0]
    if proper:
        for mark in _PROPER:  # a place before a person: "Астану" is the city, not "Астан"
            found = next((p for p in parses if mark in p.tag), None)
            if found is not None:
                chosen = found
                break
    return str(chosen.normal_form).translate(_DASHES)


def stem(word: str) -> str:
    """A crude key for words pymorphy3 does not know ("Олий Мажлиса"): the first five letters."""
    return word.translate(_DASHES).lower()[:5]


def split_words(text: str) -> list[str]:
    """The words and punctuation marks of a lexicon phrase (the tokeniser's cut)."""
    return _WORD.findall(text)


def lemmas(text: str) -> tuple[str, ...]:
    """The lemma key of a phrase."""
    return tuple(lemma(w) for w in split_words(text))


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def ru_lexicon(name: str) -> dict:  # type: ignore[type-arg]
    data = load_lexicon(name)
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: expected a mapping at the top level")
    return data


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    first: int  # index of the first token (in the sequence searched)
    last: int  # index after the last token
    value: T


class PhraseTable(Generic[T]):
    """Phrases (as lemma keys) -> values, matched longest first over a token lemma sequence."""

    def __init__(self, entries: Sequence[tuple[str, T]], *, crude: bool = False) -> None:
        self._table: dict[tuple[str, ...], T] = {}
        self._longest = 1
        for phrase, value in entries:
            key = tuple(stem(w) for w in split_words(phrase)) if crude else lemmas(phrase)
            if key:
                self._table.setdefault(key, value)
                self._longest = max(self._longest, len(key))

    def __len__(self) -> int:
        return len(self._table)

    def get(self, phrase: str) -> T | None:
        return self._table.get(lemmas(phrase))

    def at(self, keys: Sequence[str], i: int) -> Match[T] | None:
        """The longest phrase starting at ``keys[i]``."""
        for n in range(min(self._longest, len(keys) - i), 0, -1):
            value = self._table.get(tuple(keys[i:i + n]))
            if value is not None:
                return Match(i, i + n, value)
        return None

    def find(self, keys: Sequence[str]) -> list[Match[T]]:
        """Every non-overlapping match, left to right, longest first."""
        out: list[Match[T]] = []
        i = 0
        while i < len(keys):
            found = self.at(keys, i)
            if found is None:
                i += 1
                continue
            out.append(found)
            i = found.last
        return out
