"""Compound adjectives of two or more states ("кыргызско-туркменский бизнес-форум",
"туркмено-иранская комиссия", "казахстанско-китайские консультации"): each state of the compound.
The combining forms are not listed: each part before a hyphen is read as the stem of one state's
demonyms (``ru_places.yaml``), the last part as a demonym."""

from __future__ import annotations

from functools import cache

from dateline.extract.russian import lexicon as L
from dateline.extract.russian.words import ru_lexicon

__all__ = ["compound_demonym"]


def compound_demonym(word: str) -> list[str]:
    """The states of a compound adjective ("кыргызско-туркменский", "туркмено-иранской",
    "российско-китайский"): each part before a hyphen is the combining form of a demonym (a
    prefix of one state's demonyms only), the last part a demonym."""
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return []
    last = L.demonyms().at([parts[-1]], 0)
    if last is None:
        return []
    codes = []
    for part in parts[:-1]:
        root = part[:-1] if part.endswith("о") else part
        found = {code for demonym, code in _demonym_words() if demonym.startswith(root)}
        if len(root) < 3 or len(found) != 1:
            return []
        codes.append(found.pop())
    return list(dict.fromkeys([*codes, last.value]))


@cache
def _demonym_words() -> tuple[tuple[str, str], ...]:
    data = ru_lexicon("ru_places.yaml")["demonyms"]
    return tuple((word.lower(), code) for code, words in data.items() for word in words if " " not in word)
