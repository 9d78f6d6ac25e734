"""Chinese, Japanese, Korean and Vietnamese names in Russian spelling, read back into Latin letters.

Russian writes these names by fixed schemes (Palladius for Chinese, Polivanov for Japanese,
Kontsevich for Korean), so each can be read back into the spelling English reports use: "Чжан
Мин" -> "Zhang Ming" (not the Russian-letter "Chzhan Min"), "Такэси Ивая" -> "Takeshi Iwaya",
"Пак Чин" -> "Park Jin". The tables are data (``ru_foreign_names.yaml``); the grammar is here:

* a person of China (or Taiwan, Hong Kong, Macau, Singapore) by the title's state, or any name of
  two or three words that reads whole as Palladius syllables with a one-syllable surname first
  ("Ван И", "Хань Чуньлинь"), is Chinese: the syllables of each word become Pinyin, the surname
  first, the given name in one word (Цзиньпин -> Jinping);
* a person of Japan is read by the Polivanov table, longest sequence first; so is a name whose
  state the text does not give that reads whole as Polivanov syllables with a spelling Russian
  keeps for Japanese (э after a consonant, дз, цу: "Кэйдзи Фуруя" -> Keiji Furuya);
* a person of either Korea: the surname as its bearers write it, the given name's syllables by
  Revised Romanization joined with a hyphen;
* a person of Vietnam, or a name of three or four words whose state is not told that opens with a
  Vietnamese surname ("Нгуен", "Фам", "Буй"), is read back into the Vietnamese alphabet without
  diacritics: "Фам Минь Чинь" -> "Pham Minh Chinh", "Буй Тхань Шон" -> "Bui Thanh Son".

A name that is none of these is None here, and the Russian scheme of ``translit.py`` applies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.lexicons.loader import load_lexicon

__all__ = ["chinese_syllables", "foreign_latin"]


@dataclass(frozen=True, slots=True)
class _Palladius:
    initials: dict[str, str]
    palatal: dict[str, str]
    palatal_finals: frozenset[str]
    plain_o_after: frozenset[str]
    finals: dict[str, str]
    zero: dict[str, str]
    countries: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Table:
    letters: dict[str, str]
    countries: frozenset[str]
    surnames: dict[str, str]


@cache
def _palladius() -> _Palladius:
    data = load_lexicon("ru_foreign_names.yaml")["chinese"]
    return _Palladius(dict(data["initials"]), dict(data["palatal"]), frozenset(data["palatal_finals"]),
                      frozenset(data["plain_o_after"]), dict(data["finals"]), dict(data["zero"]),
                      frozenset(data["countries"]))


@cache
def _table(name: str) -> _Table:
    data = load_lexicon("ru_foreign_names.yaml")[name]
    return _Table(dict(data["letters"]), frozenset(data["countries"]), dict(data.get("surnames") or {}))


def _longest_first(keys: dict[str, str]) -> list[str]:
    return sorted(keys, key=len, reverse=True)


def _syllable(initial: str, final: str) -> str:
    table = _palladius()
    head = table.palatal[initial] if initial in table.palatal and final in table.palatal_finals \
        else table.initials[initial]
    tail = table.finals[final]
    if final == "о" and initial not in table.plain_o_after:
        tail = "uo"
    return head + tail


def chinese_syllables(word: str) -> list[str] | None:
    """The Pinyin syllables of one Cyrillic word read as Palladius, or None when it does not
    read whole ("Цзиньпин" -> ["jin", "ping"])."""
    table = _palladius()
    lower = word.lower().replace("ё", "е")

    def read(i: int) -> list[str] | None:
        if i == len(lower):
            return []
        options: list[tuple[int, str]] = []
        for initial in _longest_first(table.initials):
            if lower.startswith(initial, i):
                for final in _longest_first(table.finals):
                    if lower.startswith(final, i + len(initial)):
                        options.append((i + len(initial) + len(final), _syllable(initial, final)))
        for zero in _longest_first(table.zero):
            if lower.startswith(zero, i):
                options.append((i + len(zero), table.zero[zero]))
        for end, latin in sorted(options, key=lambda o: -o[0]):
            rest = read(end)
            if rest is not None:
                return [latin, *rest]
        return None

    return read(0) if lower.isalpha() else None


def _chinese(words: list[str], country: str | None) -> str | None:
    read = [chinese_syllables(w) for w in words]
    if any(r is None for r in read):
        return None
    if country not in _palladius().countries and not (2 <= len(words) <= 3 and len(read[0] or []) == 1):
        return None
    surname, *given = ["".join(r or []) for r in read]
    parts = [surname.capitalize()]
    if given:
        parts.append("".join(given).capitalize())
    return " ".join(parts)


def _by_letters(word: str, letters: dict[str, str]) -> str:
    lower, out, i = word.lower(), [], 0
    keys = _longest_first(letters)
    while i < len(lower):
        key = next((k for k in keys if lower.startswith(k, i)), None)
        if key is None:
            out.append(lower[i])
            i += 1
            continue
        latin = letters[key]
        if key == "й" and (not i or lower[i - 1] not in "аеёиоуыэюя"):
            latin = "y"
        out.append(latin)
        i += len(key)
    return "".join(out)


def _japanese(words: list[str]) -> str:
    letters = _table("japanese").letters
    return " ".join(_by_letters(w, letters).capitalize() for w in words)


@cache
def _japanese_shape() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_lexicon("ru_foreign_names.yaml")["japanese"]["detect"]
    consonant = "|".join(sorted(data["consonants"], key=len, reverse=True))
    syllable = f"(?:{consonant})?[{''.join(data['vowels'])}][{''.join(data['closing'])}]?ъ?"
    return re.compile(f"(?:{syllable})+"), re.compile("|".join(data["markers"]))


def reads_japanese(words: list[str]) -> bool:
    """Whether a name whose state is not told is Japanese by its Polivanov spelling (see above)."""
    shape, marker = _japanese_shape()
    lower = [w.lower() for w in words]
    return len(words) == 2 and all(shape.fullmatch(w) for w in lower) \
        and any(marker.search(w) for w in lower)


def _korean(words: list[str]) -> str:
    table = _table("korean")
    surname = table.surnames.get(words[0]) or _by_letters(words[0], table.letters).capitalize()
    given = "-".join(_by_letters(w, table.letters) for part in words[1:] for w in part.split("-"))
    return f"{surname} {given.capitalize()}" if given else surname


def _vietnamese(words: list[str], country: str | None) -> str | None:
    table = _table("vietnamese")
    if country not in table.countries and not (country is None and 3 <= len(words) <= 4
                                               and words[0] in table.surnames):
        return None
    surname = table.surnames.get(words[0]) or _by_letters(words[0], table.letters).capitalize()
    return " ".join([surname, *(_by_letters(w, table.letters).capitalize() for w in words[1:])])


def foreign_latin(nominative: str, country: str | None) -> str | None:
    """The Latin spelling of a Chinese, Japanese or Korean name written in Russian, or None for
    a name of none of these (``country``: the person's state, when the text gives it)."""
    words = nominative.split()
    if not words or not all(w.replace("-", "").isalpha() for w in words):
        return None
    if country in _table("japanese").countries or country is None and reads_japanese(words):
        return _japanese(words)
    if country in _table("korean").countries:
        return _korean(words)
    if (vietnamese := _vietnamese(words, country)) is not None:
        return vietnamese
    return _chinese([w.replace("-", "") for w in words], country)
