"""Names folded for lookup and matching: the keys that extract, resolve, serve and evaluate share.

The bottom layer under all of them (it imports only the lexicon loader). Two folds and two name
keys, each written once; they differ on purpose, so each has its own name:

* ``soft_fold`` -- gazetteer lookups in extraction (countries, cities, organisations, outlets):
  case, accents and spacing folded, punctuation kept ("Türkiye’s  Prosecutor-General" ->
  "turkiye's prosecutor-general");
* ``fold`` -- search and exact keys in resolve, store and serve: lower-case ASCII letters and
  digits ("Türkiye’s  Prosecutor-General" -> "turkiyes prosecutor general");
* ``name_key`` -- names of organisations, groups and gatherings: ``fold`` without articles and
  connectives ("The Meeting of Prosecutors General" -> "meeting prosecutors general");
* ``translit_key`` -- person (and organisation) keys inside one document: letters only, spelling
  variants merged by the ``key`` rules of ``translit.tsv`` ("Mirziyoyev", "Mirziyoev" -> "mirzioev").

``transliterate`` applies one named rule set of ``lexicons/translit.tsv``: ``key`` (for
``translit_key``) or ``skeleton`` (for ``dateline.resolve.names.skeleton``). ``fold`` and
``translit_key`` first write Cyrillic in Latin letters (``lexicons/cyrillic_latin.yaml``), so a
name keys and searches alike in either script ("Камран Алиев" -> "kamran aliev").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from dateline.lexicons.loader import lexicon_text, load_lexicon

__all__ = ["clean_name", "fold", "latin", "name_key", "soft_fold", "translit_key",
           "transliterate"]

# Letters that Unicode decomposition does not reduce to ASCII.
_SPECIAL = str.maketrans({
    "ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
    "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th",
})
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u0060\u00b4']")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_BRACKETS = re.compile(r"\[([^\]]*)\]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


@cache
def _cyrillic_table() -> dict[int, str]:
    letters = load_lexicon("cyrillic_latin.yaml")["letters"]
    return {ord(k): str(v) for k, v in letters.items()}


def latin(text: str) -> str:
    """``text`` lower-cased with its Cyrillic letters in Latin ones; other text unchanged."""
    if not _CYRILLIC.search(text):
        return text
    return text.lower().translate(_cyrillic_table())


def soft_fold(text: str) -> str:
    """Case- and accent-insensitive key, punctuation kept: 'Türkiye' -> 'turkiye'."""
    if text.isascii():  # nothing to decompose or strip (most keys; 160,000 city names at start-up)
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("ı", "i")
    return " ".join(text.lower().split())


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII with diacritics removed and punctuation collapsed to single spaces
    (Cyrillic written in Latin letters first: "Алиев" -> "aliev")."""
    text = _APOSTROPHES.sub("", latin(text).translate(_SPECIAL))
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_ALNUM.sub(" ", ascii_text).strip()


_CONNECTIVES = frozenset(load_lexicon("name_words.yaml")["key_stopwords"])


def name_key(name: str) -> str:
    """A key for organisation, group and gathering names: folded, without articles."""
    words = [w for w in fold(name).split() if w not in _CONNECTIVES]
    return " ".join(words)


@cache
def _rule_sets() -> dict[str, tuple[tuple[re.Pattern[str], str], ...]]:
    """``translit.tsv``: rule set <TAB> regular expression <TAB> replacement, in order."""
    sets: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for line in lexicon_text("translit.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, pattern, *rest = line.split("\t")
        replacement = rest[0].strip() if rest else ""
        sets.setdefault(name.strip(), []).append((re.compile(pattern), replacement))
    return {name: tuple(rules) for name, rules in sets.items()}


def transliterate(text: str, rule_set: str) -> str:
    """``text`` with the rules of one set of ``translit.tsv`` applied in order."""
    for pattern, replacement in _rule_sets()[rule_set]:
        text = pattern.sub(replacement, text)
    return text


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65_536)  # a pure function of the text, asked again for each mention of a name
def clean_name(text: str) -> str:
    """A name as written, tidied: brackets removed ('[Mohammad Reza] Aref' -> 'Mohammad Reza Aref')."""
    text = _BRACKETS.sub(r"\1", text).replace("[", "").replace("]", "")
    text = _SPACES.sub(" ", text).strip(" ,.;:'\"")
    return text


@lru_cache(maxsize=65_536)  # a pure function of the name, asked again for every word of a text
def translit_key(name: str) -> str:
    """Normalised key for matching a name across mentions and spellings.

    >>> translit_key("Mirziyoyev") == translit_key("Mirziyoev"), translit_key("Aliyev") == translit_key("Aliev")
    (True, True)
    >>> translit_key("Мирзиёев") == translit_key("Mirziyoyev")
    True
    """
    key = soft_fold(latin(clean_name(name)))
    key = re.sub(r"[^a-z ]+", " ", key)
    key = " ".join(key.split())
    return transliterate(key, "key")
