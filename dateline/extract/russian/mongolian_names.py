"""Mongolian names in Russian copy, in the order English reports write them.

A Mongolian name puts the father's name first, in the genitive, and the person's own name second
("Батмунхийн Батцэцэг", "Гомбожавын Занданшатар"); English reports (and the state agency Montsame)
write the own name first and the father's name without its genitive ending: Battsetseg Batmunkh.
The endings are data (``ru_foreign_names.yaml``: mongolian); a person of Mongolia is read so, a
person whose state the text does not give only when the first word ends as no Russian or Turkic
name does ("-ийн").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dateline.lexicons.loader import load_lexicon

__all__ = ["mongolian_order"]


@dataclass(frozen=True, slots=True)
class _Mongolian:
    countries: frozenset[str]
    genitive: tuple[tuple[str, str], ...]  # ending -> its stand-in, longest first
    unmistakable: tuple[str, ...]
    vowel_lost: tuple[tuple[str, str], ...]  # stem end before the ending -> the nominative's
    front: str  # the front vowels of vowel harmony


@cache
def _table() -> _Mongolian:
    data = load_lexicon("ru_foreign_names.yaml")["mongolian"]
    endings = sorted(data["genitive"].items(), key=lambda kv: len(kv[0]), reverse=True)
    return _Mongolian(frozenset(data["countries"]), tuple(endings), tuple(data["unmistakable"]),
                      tuple(data["vowel_lost"].items()), data["harmony_front"])


def mongolian_order(nominative: str, country: str | None) -> str | None:
    """"Батмунхийн Батцэцэг" -> "Батцэцэг Батмунх": the own name first and the father's name
    without its genitive ending, for a two-word Mongolian name; None for any other name."""
    words = nominative.split()
    if len(words) != 2 or not all(w.replace("-", "").isalpha() and w[:1].isupper() for w in words):
        return None
    table = _table()
    if country is not None and country not in table.countries:
        return None
    first = words[0].lower()
    if country is None and not first.endswith(table.unmistakable):
        return None
    for ending, stand_in in table.genitive:
        if first.endswith(ending) and len(first) - len(ending) >= 3:
            return f"{words[1]} {_restored(words[0][: -len(ending)] + stand_in, table)}"
    return None


def _restored(father: str, table: _Mongolian) -> str:
    """The father's name with the vowel its genitive dropped put back ("Хурэлбаатрын" ->
    Хурэлбаатар, "Бат-Эрдэнийн" -> Бат-Эрдэнэ, "Ганцэцгийн" -> Ганцэцэг)."""
    for stem, nominative in table.vowel_lost:
        if father.lower().endswith(stem):
            cut = len(father) - len(stem)
            return father[:cut] + (nominative.capitalize() if father[cut].isupper() else nominative)
    return father + _final_vowel(father, table)


_VOWELS = "аэиоуыүөеёюя"


def _final_vowel(father: str, table: _Mongolian) -> str:
    """The last vowel the genitive dropped from a stem ending in a consonant and в ("Дашзэгв" ->
    Дашзэгвэ, "Лхагв" -> Лхагва), in the harmony of the stem's last vowel; "" for any other stem."""
    lower = father.lower()
    if len(lower) < 3 or lower[-1] != "в" or lower[-2] in _VOWELS or lower[-2] in "йь-":
        return ""
    last = next((ch for ch in reversed(lower) if ch in _VOWELS), "")
    return "" if not last else ("э" if last in table.front else "а")
