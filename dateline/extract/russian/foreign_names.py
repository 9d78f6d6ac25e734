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

__all__ = ["chinese_syllables", "declined_syllable", "foreign_latin", "korean_known", "reads_korean", "vietnamese_ch"]


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


def _korean_syllable(word: str, letters: dict[str, str]) -> str:
    """One syllable of a given name: a closing к, п, т is k, p, t ("Дук" -> duk), and о before a
    closing к is eo ("Док" -> deok, "Сок" -> seok), as Revised Romanization writes them."""
    lower = word.lower()
    if lower[-1:] in _KOREAN_CLOSING and lower[-2:-1] in _KOREAN_VOWELS:
        head = _by_letters(lower[:-1], letters)
        if lower[-1] == "к" and head.endswith("o") and not head.endswith("yo"):
            head = head[:-1] + "eo"
        return head + _KOREAN_CLOSING[lower[-1]]
    return _by_letters(lower, letters)


_KOREAN_CLOSING = {"к": "k", "п": "p", "т": "t"}
_KOREAN_VOWELS = "аеёиоуыэюя"


def _korean(words: list[str]) -> str:
    table = _table("korean")
    surname = table.surnames.get(words[0]) or _by_letters(words[0], table.letters).capitalize()
    given = "-".join(_korean_syllable(w, table.letters) for part in words[1:] for w in part.split("-"))
    return f"{surname} {given.capitalize()}" if given else surname


def _one_syllable(word: str) -> bool:
    return 1 <= len(word) <= 4 and len(re.findall(f"[{_KOREAN_VOWELS}]+", word.lower())) == 1


def reads_korean(words: list[str]) -> bool:
    """Whether a name whose state is not told is Korean by its shape: a surname of the table and a
    given name of two syllables told apart ("Ли Чжэ Мён", "Хан Дук Су", "Ли Джэ-мён"); Chinese
    writes a given name in one word, so three short words are no Chinese name."""
    given = [w for part in words[1:] for w in part.split("-")]
    return words[0] in _table("korean").surnames and len(given) == 2 \
        and (len(words) == 3 or "-" in words[1]) and all(_one_syllable(w) for w in given)


def _korean_key(name: str) -> str:
    """A Korean name with the differences of its Latin spellings folded ("Lee Jae-myeong", "Lee
    Jae-myung", "Lee Jae Myung" -> "lee jaemyon"): Kontsevich's н is n or ng, its о is o or eo,
    and the bearers' own spellings write u, oo, eo, ck where Revised Romanization differs."""
    surname, _, given = name.lower().partition(" ")
    given = given.replace("-", "").replace(" ", "")
    for spelt, key in (("ck", "k"), ("ng", "n"), ("eo", "o"), ("eu", "o"), ("oo", "u"), ("u", "o"),
                       ("ae", "e"), ("ee", "i"), ("ch", "j"), ("k", "g"), ("t", "d"), ("p", "b"),
                       ("sh", "s")):
        given = given.replace(spelt, key)
    return f"{surname} {given}"


@cache
def _korean_people() -> dict[str, str]:
    table = _table("korean")
    index: dict[str, set[str]] = {}
    for entry in load_lexicon("people.yaml") or []:
        if entry.get("country") in table.countries:
            for spelling in [entry["name"], *(entry.get("variants") or [])]:
                index.setdefault(_korean_key(spelling), set()).add(entry["name"])
    return {key: next(iter(names)) for key, names in index.items() if len(names) == 1}


def korean_known(latin: str) -> str | None:
    """The dictionary's name of a person of either Korea whose name read back is ``latin`` in
    another Latin spelling ("Lee Jae-myeon" -> Lee Jae-myung, "Han Duk-su" -> Han Duck-soo)."""
    return _korean_people().get(_korean_key(latin)) if " " in latin else None


def _vietnamese(words: list[str], country: str | None) -> str | None:
    table = _table("vietnamese")
    if country not in table.countries and not (country is None and 3 <= len(words) <= 4
                                               and words[0] in table.surnames):
        return None
    surname = table.surnames.get(words[0]) or _by_letters(words[0], table.letters).capitalize()
    return " ".join([surname, *(_by_letters(w, table.letters).capitalize() for w in words[1:])])


_CASE_ENDINGS = ("ом", "ем", "а", "я", "у", "ю", "е")


def declined_syllable(nominative: str, country: str | None) -> str:
    """A Korean or Vietnamese name whose last word Russian declined ("Чо Тхэ Ёля", "визита Ле Хоай
    Чунга", "с Буй Тхань Шоном") and no title told the case of: each word of these names is one
    syllable, so a last word of two whose second is a case ending is that syllable declined (-я,
    -ю, -ем after a soft stem: "Ёля" -> "Ёль", "Чиня" -> "Чинь")."""
    words = nominative.split()
    vietnamese, korean = _table("vietnamese"), _table("korean")
    shaped = country in vietnamese.countries or country in korean.countries or country is None and (
        3 <= len(words) <= 4 and words[0] in vietnamese.surnames or len(words) == 3 and words[0] in korean.surnames)
    if not shaped or len(words) < 2 or not all(w.isalpha() for w in words):
        return nominative
    last = words[-1]
    ending = next((e for e in _CASE_ENDINGS if last.lower().endswith(e)), None)
    if ending is None or _one_syllable(last):
        return nominative
    stem = last[: -len(ending)]
    if not _one_syllable(stem) or stem[-1].lower() in _KOREAN_VOWELS:
        return nominative
    soft = ending in ("я", "ю", "ем", "е") and stem[-1].lower() not in "жшчщц"
    return " ".join([*words[:-1], stem + ("ь" if soft and ending != "е" else "")])


def vietnamese_ch(latin: str) -> str | None:
    """The other reading of a Vietnamese name's ч: Russian writes tr so ("Ле Хоай Чунг" -> Le Hoai
    Trung), but copy also writes ch so ("Фам Минь Чинь" for Pham Minh Chinh, whose strict spelling
    is "Тьинь"); the name read with ch, for a name the dictionary knows so (None when no tr)."""
    if "tr" not in latin.lower():
        return None
    return re.sub("tr", "ch", re.sub("Tr", "Ch", latin))


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
    if country is None and reads_korean(words):
        return _korean(words)
    return _chinese([w.replace("-", "") for w in words], country)
