"""Person names as written and normalised: cleaning and a matching key."""

from __future__ import annotations

import re

from dateline.extract.places import fold

__all__ = ["clean_name", "name_key", "short_forms", "surname"]

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


_PARTICLES = {"bin", "ibn", "bint", "al", "el", "ul", "de", "da", "van", "von", "der", "dos", "du", "la",
              "del", "della", "di", "das", "le", "ter", "ten", "den", "ould", "ag", "wa", "abu", "al-"}


def short_forms(name: str) -> list[str]:
    """One-word forms other than the surname that wire copy uses for a person, as name keys.

    * a middle name of a long name: "Lula" for "Luiz Inacio Lula da Silva";
    * the given name of a patronymic name: "Faisal" for "Faisal bin Farhan Al Saud".

    >>> short_forms("Luiz Inacio Lula da Silva")
    ['inacio', 'lula']
    >>> short_forms("Faisal bin Farhan Al Saud")
    ['faisal', 'farhan']
    """
    words = clean_name(name).split()
    out: list[str] = []
    if len(words) >= 3:
        if any(w.lower() in {"bin", "ibn", "bint", "ould"} for w in words[1:-1]):
            out.append(words[0])
        out += [w for w in words[1:-1] if w[:1].isupper() and len(w) >= 3 and w.lower() not in _PARTICLES]
    keys = [name_key(w) for w in out]
    return [k for k in dict.fromkeys(keys) if k]
