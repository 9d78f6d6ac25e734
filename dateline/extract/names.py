"""The parts of a person name that wire copy uses alone: the surname and short forms.

Cleaning and the matching key are ``dateline.gazetteer.clean_name`` and ``translit_key``.
"""

from __future__ import annotations

import re

from dateline.gazetteer import clean_name, translit_key
from dateline.lexicons.loader import load_lexicon

__all__ = ["PARTICLES", "family_name_first", "patronymic_heads", "short_forms", "surname", "surname_keys"]


def surname(name: str) -> str:
    """The last word of a name (the usual surname in wire copy)."""
    parts = clean_name(name).split()
    return parts[-1] if parts else name


def surname_keys(name: str) -> set[str]:
    """The name keys of a name's surname: 'al-Assad' is also written 'Assad' (the Arabic article
    dropped after 'Mr.')."""
    last = surname(name)
    bare = re.sub(r"^(?:al|el|ad|ash|as|ar)[-\u2011]", "", last, flags=re.IGNORECASE)
    return {translit_key(last), translit_key(bare)}


_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def family_name_first(name: str) -> bool:
    """A name written family name first, told by its given name: two words, the second a
    hyphenated pair of syllables ('Chen Shui-bian', 'Ban Ki-moon', 'Kim Young-sam'), so a lone
    'Chen' is the person."""
    words = clean_name(name).split()
    return len(words) == 2 and words[0][:1].isupper() and bool(_HYPHENATED_GIVEN.match(words[1]))


_WORDS = load_lexicon("name_words.yaml")
PARTICLES = frozenset(_WORDS["particles"])  # "de", "bin", "van": inside a name, never its end
_NOT_SHORT_FORMS = frozenset(_WORDS["particles"] + _WORDS["not_short_forms"])
_GIVEN_NAME_MARKERS = frozenset(_WORDS["given_name_markers"])


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
        if any(w.lower() in _GIVEN_NAME_MARKERS for w in words[1:-1]):
            out.append(words[0])
        out += [w for w in words[1:-1] if w[:1].isupper() and len(w) >= 3 and w.lower() not in _NOT_SHORT_FORMS]
    keys = [translit_key(w) for w in out]
    return [k for k in dict.fromkeys(keys) if k]


def patronymic_heads(name: str) -> list[str]:
    """The keys of the shorter names wire copy writes for a patronymic name: its words up to a
    father's name, without the family name ("Abdullah bin Zayed" for "Abdullah bin Zayed Al Nahyan").

    >>> patronymic_heads("Abdullah bin Zayed Al Nahyan")
    ['abdulah bin zaed']
    >>> patronymic_heads("Hamdan bin Mohammed bin Rashid Al Maktoum")
    ['hamdan bin mohamed', 'hamdan bin mohamed bin rashid']
    """
    words = clean_name(name).split()
    heads = [" ".join(words[:i + 2]) for i, w in enumerate(words[:-2]) if i >= 1 and w.lower() in _GIVEN_NAME_MARKERS]
    return [k for k in (translit_key(h) for h in heads) if k]
