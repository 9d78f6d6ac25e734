"""Person names for cross-article matching: transliteration skeletons and the parts of a name.

``skeleton`` maps the transliteration variants of a ``fold``-ed token onto one form (the
``skeleton`` rules of ``lexicons/translit.tsv``), so "Aliyev", "Aliev" and "Əliyev" share the
skeleton ``aliev``. ``parse_person_name`` splits a person's name into given
name, initials and surname keys for cross-article matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.gazetteer import fold, transliterate
from dateline.lexicons.loader import load_lexicon

__all__ = ["PersonName", "parse_person_name", "skeleton"]

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


def parse_person_name(name: str) -> PersonName:
    """Split ``name`` into matching keys; "K. Aliyev" has initial ``k`` and no given name."""
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
