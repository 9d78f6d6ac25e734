"""Person names for cross-article matching: transliteration skeletons and the parts of a name.

``skeleton`` maps the transliteration variants of a ``fold``-ed token onto one form (the
``skeleton`` rules of ``lexicons/translit.tsv``), so "Aliyev", "Aliev" and "Əliyev" share the
skeleton ``aliev``. ``parse_person_name`` splits a person's name into given
name, initials and surname keys for cross-article matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from dateline.gazetteer import fold, transliterate
from dateline.lexicons.loader import load_lexicon

__all__ = ["PersonName", "edit_distance", "near_surname", "parse_person_name", "skeleton",
           "spelling_variants"]

_WORDS = load_lexicon("name_words.yaml")
# Patronymic markers and suffixes that are not the given name or the surname.
_PARTICLES = frozenset(_WORDS["patronymic_suffixes"])
_HONORIFICS = frozenset(_WORDS["honorifics"])


@cache
def skeleton(token: str) -> str:
    """The transliteration-folded form of one name token ("Mirziyoyev" -> "mirzioev")."""
    return transliterate(fold(token).replace(" ", ""), "skeleton")


@dataclass(frozen=True, slots=True)
class PersonName:
    """The matching keys of a person's name.

    ``given`` is the skeleton of the first given name ('' when the name is a surname only or
    starts with an initial), ``initial`` its first letter (or the initial written), ``surname``
    the skeleton of the last name token, ``full`` the skeleton of every token.
    """

    given: str
    initial: str
    surname: str
    full: str

    @property
    def has_given(self) -> bool:
        return bool(self.given)

    @property
    def surname_only(self) -> bool:
        return not self.given and not self.initial


def _tokens(name: str) -> list[str]:
    raw = [t for t in re.split(r"[\s,]+", name.strip()) if t]
    return [t for t in raw if fold(t) not in _HONORIFICS or len(raw) == 1]


def _is_initial(token: str) -> bool:
    letters = fold(token).replace(" ", "")
    return token.endswith(".") and len(letters) <= 2 or len(letters) == 1


@lru_cache(maxsize=65536)
def parse_person_name(name: str) -> PersonName:
    """Split ``name`` into matching keys; "K. Aliyev" has initial ``k`` and no given name.

    Remembered: the store parses every candidate of a look-up, and a knowledge base of many
    reports looks the same names up again and again."""
    tokens = [t for t in _tokens(name) if fold(t).replace(" ", "") not in _PARTICLES]
    if not tokens:
        return PersonName("", "", skeleton(name), skeleton(name))
    surname = skeleton(tokens[-1])
    given_tokens = tokens[:-1]
    given = initial = ""
    if given_tokens:
        first = given_tokens[0]
        # "Zh." and "Zhandos" share the folded initial "z"; "Kh."/"Khalid" share "k".
        initial = fold(first)[:1]
        if not _is_initial(first):
            given = skeleton(first)
    full = " ".join(skeleton(t) for t in tokens if not _is_initial(t))
    return PersonName(given=given, initial=initial, surname=surname, full=full)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance of two short strings, counted up to ``limit`` (then ``limit``)."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) >= limit:
            return limit
        previous = current
    return min(previous[-1], limit)


# Spellings of one name differ by a letter per ten (Movahedi-Azad / Movahedi-Azadi, Mohammad /
# Mohammed); shorter names must agree (Sahiba Gafarova is not Sahib Gafarov).
_MIN_VARIANT = 8


def spelling_variants(a: PersonName, b: PersonName) -> bool:
    """Two written forms of one full name: the same first letter, and their skeletons (spaces
    and hyphens aside) at most one edit apart per ten letters."""
    if not (a.has_given and b.has_given) or a.initial != b.initial:
        return False
    x, y = a.full.replace(" ", ""), b.full.replace(" ", "")
    if min(len(x), len(y)) < _MIN_VARIANT:
        return x == y
    allowed = max(1, min(len(x), len(y)) // 10)
    return edit_distance(x, y, allowed + 1) <= allowed


def near_surname(a: PersonName, b: PersonName) -> bool:
    """The same surname, or one written a letter apart (both at least six letters long)."""
    if a.surname == b.surname:
        return True
    if min(len(a.surname), len(b.surname)) < 6:
        return False
    return edit_distance(a.surname, b.surname, 2) <= 1
