"""Person names as written and normalised: cleaning and a matching key."""

from __future__ import annotations

import re

from dateline.extract.places import fold

__all__ = ["clean_name", "name_key", "surname"]

_BRACKETS = re.compile(r"\[([^\]]*)\]")
_TRANSLIT = [
    (re.compile(r"iy(?=[aeiou])"), "i"),  # Aliyev -> Aliev, Mirziyoyev -> Mirzioyev
    (re.compile(r"yo"), "o"),  # Mirzioyev -> Mirzioev
    (re.compile(r"(?<=[aeiou])y(?=e)"), ""),  # Umiraliyev handled above; Bayev -> Baev
    (re.compile(r"kh"), "h"),
    (re.compile(r"dzh|dj"), "j"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"ff\b"), "v"),
    (re.compile(r"(.)\1"), r"\1"),
]


def clean_name(text: str) -> str:
    """A name as written, tidied: brackets removed ('[Mohammad Reza] Aref' -> 'Mohammad Reza Aref')."""
    text = _BRACKETS.sub(r"\1", text).replace("[", "").replace("]", "")
    text = re.sub(r"\s+", " ", text).strip(" ,.;:'\"")
    return text


def name_key(name: str) -> str:
    """Normalised key for matching a name across articles and spellings.

    >>> name_key("Mirziyoyev") == name_key("Mirziyoev"), name_key("Aliyev") == name_key("Aliev")
    (True, True)
    """
    key = fold(clean_name(name))
    key = re.sub(r"[^a-z ]+", " ", key)
    key = " ".join(key.split())
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    return key


def surname(name: str) -> str:
    """The last word of a name (the usual surname in wire copy)."""
    parts = clean_name(name).split()
    return parts[-1] if parts else name
