"""Name folding: diacritics, transliteration variants and the parts of a person's name.

``fold`` gives a lower-case ASCII form for search and exact keys; ``skeleton`` additionally maps
transliteration variants onto one form (rules in ``translit.tsv``), so "Aliyev", "Aliev" and
"Əliyev" share the skeleton ``aliev``. ``parse_person_name`` splits a person's name into given
name, initials and surname keys for cross-article matching.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

__all__ = ["PersonName", "fold", "name_key", "parse_person_name", "skeleton"]

# Letters that Unicode decomposition does not reduce to ASCII.
_SPECIAL = str.maketrans({
    "ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
    "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th",
})
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u0060\u00b4']")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Patronymic markers and suffixes that are not the given name or the surname.
_PARTICLES = {"oglu", "ogly", "kyzy", "qizi", "gizi", "uly", "ulu", "jr", "sr", "ii", "iii"}
_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sir", "he", "hon", "h.e."}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII with diacritics removed and punctuation collapsed to single spaces."""
    text = _APOSTROPHES.sub("", text.translate(_SPECIAL))
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_ALNUM.sub(" ", ascii_text).strip()


@cache
def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    raw = resources.files("dateline.resolve").joinpath("translit.tsv").read_text(encoding="utf-8")
    rules = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, _, replacement = line.partition("\t")
        rules.append((re.compile(pattern), replacement.strip()))
    return tuple(rules)


@cache
def skeleton(token: str) -> str:
    """The transliteration-folded form of one name token ("Mirziyoyev" -> "mirzioev")."""
    word = fold(token).replace(" ", "")
    for pattern, replacement in _rules():
        word = pattern.sub(replacement, word)
    return word


def name_key(name: str) -> str:
    """A key for organisation, group and gathering names: folded, without articles."""
    words = [w for w in fold(name).split() if w not in {"the", "of", "and", "for", "on"}]
    return " ".join(words)


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
