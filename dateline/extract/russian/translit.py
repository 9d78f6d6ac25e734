"""Russian names in the Latin spelling of English reports.

A person the actor dictionary knows (``people.yaml``: names and variants) takes the dictionary's
spelling: "Касым-Жомарт Токаев" -> "Kassym-Jomart Tokayev"; names Russian writes by ear
("Дональд Трамп", "Хакан Фидан") are listed in ``ru_people.yaml``; Chinese, Japanese and Korean
names are read back by the scheme Russian wrote them with (``foreign_names.py``: "Чжан Мин" ->
"Zhang Ming"); other names written by ear are matched to the dictionary by their consonants
(``heard.py``: "Петер Сийярто" -> "Péter Szijjártó"). Any other name is transliterated by
the wire-service scheme (BGN/PCGN without diacritics, as Reuters and AP write Russian names),
documented in ``docs/russian.md``:

    а a  б b  в v  г g  д d  е e/ye  ё yo  ж zh  з z  и i  й y  к k  л l  м m  н n  о o  п p
    р r  с s  т t  у u  ф f  х kh  ц ts  ч ch  ш sh  щ shch  ъ -  ы y  ь -  э e  ю yu  я ya

``е`` is ``ye`` at the start of a word and after ``ъ`` or ``ь`` (Ерлан -> Yerlan), ``ye`` after a
vowel in the surname ending ``-ев``/``-ева`` (Гулиев -> Guliyev, Ибраева -> Ibrayeva: the wire's
Aliyev, Tokayev, Nazarbayev), ``e`` after a vowel elsewhere; ``й`` after a vowel is ``i`` before a
consonant and at the end of a word (Айбек -> Aibek, Сергей -> Sergei), ``y`` before a vowel;
``ий`` at the end of a word is ``y`` (Дмитрий -> Dmitry); ``Алекс-`` is ``Alex-`` (Alexei,
Alexander).
"""

from __future__ import annotations

import re
from functools import cache

from dateline.extract.known import KnownPerson, known_person
from dateline.extract.russian.foreign_names import foreign_latin, korean_known, vietnamese_ch
from dateline.extract.russian.heard import heard_person
from dateline.extract.russian.middle_east import middle_eastern, with_family
from dateline.extract.russian.mongolian_names import mongolian_order
from dateline.gazetteer import translit_key, transliterate
from dateline.lexicons.loader import load_lexicon

__all__ = ["latin_name", "own_ending", "transliterate_ru"]

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # letters of Kazakh, Kyrgyz, Tajik and Uzbek names written in Cyrillic
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "ӣ": "i", "ӯ": "u", "ҳ": "h", "ҷ": "j", "ў": "o",
}
_VOWELS = set("аеёиоуыэюяәөұүі")


def _word(word: str, short_i: str = "i") -> str:
    out: list[str] = []
    lower = word.lower()
    for i, ch in enumerate(lower):
        before = lower[i - 1] if i else ""
        after = lower[i + 1] if i + 1 < len(lower) else ""
        if ch == "е" and (not before or before in "ъь"):
            latin = "ye"
        elif ch == "е" and before in _VOWELS and lower[i + 1:] in {"в", "ва", "вым", "вой"}:
            latin = "ye"  # the surname ending: Гулиев -> Guliyev, Нарбаева -> Narbayeva
        elif ch == "й" and before == "и" and not after:
            latin = ""  # Дмитрий -> Dmitry (the и gives the y below)
        elif ch == "и" and after == "й" and i + 2 == len(lower):
            latin = "y"
        elif ch == "й" and before in _VOWELS and (not after or after not in _VOWELS):
            latin = short_i  # Айбек -> Aibek, Сергей -> Sergei (Azerbaijani Aydin, Huseyn: y)
        else:
            latin = _LETTERS.get(ch, ch)
        if word[i].isupper() and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
    result = "".join(out)
    if result.startswith("Aleks"):
        result = "Alex" + result[5:]
    if result == "Alexandr":
        result = "Alexander"
    return result


def transliterate_ru(text: str, short_i: str = "i") -> str:
    """Cyrillic -> Latin by the scheme above; other characters are kept (``short_i``: й after a
    vowel before a consonant or at the end)."""
    return "-".join(" ".join(_word(w, short_i) for w in part.split(" ")) for part in text.split("-"))


def _loose(name: str) -> str:
    """A looser key than ``translit_key``: the skeleton rules per word, and y as i
    (Berdymukhamedov ~ Berdimuhamedov, Zhaparov ~ Japarov)."""
    return " ".join(transliterate(w, "skeleton").replace("y", "i") for w in translit_key(name).split())


@cache
def _loose_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for entry in load_lexicon("people.yaml") or []:
        for name in [entry["name"], *(entry.get("variants") or [])]:
            index.setdefault(_loose(name), entry["name"])
    return index


def known_ru(latin: str) -> KnownPerson | None:
    """The dictionary entry for a transliterated full name, or None."""
    found = known_person(latin)
    if found is not None:
        return found
    canonical = _loose_index().get(_loose(latin))
    return known_person(canonical) if canonical else None


@cache
def _russian_spellings() -> dict[str, str]:
    """``ru_people.yaml``: Cyrillic nominatives that transliterate to no English spelling."""
    return {k.lower().replace("ё", "е"): v for k, v in (load_lexicon("ru_people.yaml") or {}).items()}


@cache
def _western_states() -> frozenset[str]:
    return frozenset(load_lexicon("ru_foreign_names.yaml")["western"]["countries"])


_KH = re.compile(r"(?<![sczSCZ])kh|(?<![sczSCZ])Kh")
_YU = re.compile(r"(?<=[bcdfgklmnprstvzBCDFGKLMNPRSTVZ])yu")


def _western(latin: str, country: str | None) -> str:
    """A name of a person of a state that writes h for х, j for дж and u (ü) for ю after a
    consonant (``ru_foreign_names.yaml``: western): "Terkhi Khakala" -> "Terhi Hakala"."""
    if country not in _western_states():
        return latin
    latin = latin.replace("Dzh", "J").replace("dzh", "j")  # "Джайшанкар" -> Jaishankar
    return _YU.sub("u", _KH.sub(lambda m: "H" if m.group(0)[0] == "K" else "h", latin))


_INNER_KH = re.compile(r"(?<=[A-Za-z])kh")
_SUN_ARTICLE = re.compile(r"\b[Aa](?:s|sh|d|t|r|n|z)-(?=[A-Z])")
_BIN = re.compile(r"(?<=\S )(?:ben|ibn|Ben|Ibn)(?= \S)")
_YEV = re.compile(r"(?<=[aeiou])yev(a?)\b")
_SOFT = re.compile(r"([nl])y(?=[aeou])")
_FINAL_AI = re.compile(r"ai$")
_FINAL_OI = re.compile(r"oi$")


def _final_ay(latin: str, cyrillic: str) -> str:
    """A surname ending in "-ай" ends in "-ay", as the Kazakh and Kyrgyz agencies write it
    ("Кайрат Сарыбай" -> Kairat Sarybay, "Руслан Желдибай" -> Ruslan Zheldibay); a first name
    keeps the scheme's "-ai" of "Nikolai". A surname ending "-ой" ends in "-oy", as English writes
    Tolstoy ("Михаил Швыдкой" -> Mikhail Shvydkoy)."""
    words = latin.split(" ")
    if len(words) >= 2 and cyrillic.split()[-1].lower().endswith("ой"):
        return " ".join([*words[:-1], _FINAL_OI.sub("oy", words[-1])])  # "Швыдкой" -> Shvydkoy, as Tolstoy
    if len(words) < 2 or not cyrillic.split()[-1].lower().endswith("ай"):
        return latin
    return " ".join([*words[:-1], _FINAL_AI.sub("ay", words[-1])])


def _regional(latin: str, country: str | None) -> str:
    """The region's agencies' own habits for a name the dictionary lacks (``ru_foreign_names.yaml``:
    regional): "Ibrayev" -> "Ibraev" (Kyrgyz, Uzbek), "Zhamshid Khodzhayev" -> "Jamshid Khodjaev"
    (Uzbek), "Vepa Khadzhiyev" -> "Vepa Hajiyev" (Turkmen), "Elnur Mamedov" -> "Elnur Mammadov"
    (Azerbaijani), "Andris Pelshs" -> "Andris Pelss" (Latvian)."""
    table = load_lexicon("ru_foreign_names.yaml")["regional"]
    for root, spelt in (table["roots"].get(country) or {}).items():  # "Mamedov" -> "Mammadov"
        latin = re.sub(rf"\b{root}", spelt, latin)
    if country in table["ev_without_y"]:
        latin = _YEV.sub(r"ev\1", latin)
    if country in table["j_for_zh"]:
        latin = latin.replace("Dzh", "J").replace("dzh", "dj").replace("Zh", "J").replace("zh", "j")
    if country in table["j_for_dzh"]:
        latin = latin.replace("Dzh", "J").replace("dzh", "j")
    if country in table["h_for_kh"]:
        latin = latin.replace("Kh", "H").replace("kh", "h")
    if country in table["arabic_inner_h"]:  # "Akhmed" -> "Ahmed"; "Khaled" keeps its kh
        latin = _INNER_KH.sub("h", latin)
    if country in table["arabic_inner_h"]:  # the article before a sun letter: "As-Sabah" -> "Al-Sabah"
        latin = _SUN_ARTICLE.sub("Al-", latin)
    if country in table["gulf_bin"]:  # "Tamim ben Khamad" -> "Tamim bin Hamad"
        latin = _BIN.sub("bin", latin)
    if country in table["soft_n_l"]:  # "Mierinya" -> "Mierina"
        latin = _SOFT.sub(r"\1", latin)
    if country in table["caron"]:
        latin = latin.replace("sh", "s").replace("ch", "c").replace("zh", "z").replace(
            "Sh", "S").replace("Ch", "C").replace("Zh", "Z")
    return latin


def own_ending(cyrillic: str) -> bool:
    """The surname ends as names of the Russian, Turkic, Armenian or Georgian world do."""
    endings = tuple(load_lexicon("ru_foreign_names.yaml")["western"]["own_endings"])
    return cyrillic.split()[-1].lower().endswith(endings) if cyrillic.split() else False


def _heard_letters(cyrillic: str, country: str | None) -> str:
    """A name in its own language's Latin letters where Russian spelt their sounds
    (``ru_foreign_names.yaml``: turkish, aspirated, hungarian): "Яшар Гюлер" -> "Яşар Гüлер" (then Yaşar
    Güler), "Тхонгсаван Пхомвихан" -> "Thонгсаван Phомвиhан" (then Thongsavan Phomvihan)."""
    names = load_lexicon("ru_foreign_names.yaml")
    for table in (names["turkish"], names["aspirated"], names["hungarian"]):
        if country not in table["countries"]:
            continue
        for letters, latin in table["letters"].items():
            cyrillic = cyrillic.replace(letters, latin)
        for letter, latin in (table.get("after_consonant") or {}).items():
            cyrillic = re.sub(rf"(?<=[бвгдзклмнпрстфцБВГДЗКЛМНПРСТФЦ]){letter}", latin, cyrillic)
    return cyrillic


def latin_name(nominative: str, country: str | None = None) -> tuple[str, KnownPerson | None]:
    """The Latin name of a person named in Cyrillic (nominative), and the dictionary entry;
    ``country`` (the person's state, when the text gives it) picks the scheme a Chinese,
    Japanese or Korean name is read back by (:mod:`~dateline.extract.russian.foreign_names`)."""
    listed = _russian_spellings().get(nominative.lower().replace("ё", "е"))
    if listed is not None:
        return listed, known_person(listed)
    heard = None if own_ending(nominative) else country  # "посол Турции Айбек Жумабаев": the scheme
    short_i = "y" if country in load_lexicon("ru_foreign_names.yaml")["regional"]["y_for_short_i"] else "i"
    foreign = foreign_latin(nominative, country)
    mongolian = mongolian_order(nominative, country)
    latin = foreign or _western(transliterate_ru(_heard_letters(nominative, heard), short_i), heard)
    known = known_ru(latin) if len(latin.split()) >= 2 else None
    if known is None:  # "Петер Сийярто": written by ear (heard.py)
        known = heard_person(nominative, country)
    if known is not None and foreign is not None and len(known.name.split()) < len(nominative.split()):
        known = None  # every syllable of "Лыонг Там Куанг" counts: not Luong Cuong, heard by two words
    if known is None and foreign is not None and (korean := korean_known(foreign)) is not None:
        known = known_person(korean)  # "Ли Чжэ Мён" -> Lee Jae-myeon -> Lee Jae-myung
    if known is None and foreign is not None and (ch := vietnamese_ch(foreign)) is not None \
            and (known := known_ru(ch)) is not None:
        return known.name, known  # "Фам Минь Чинь": Pham Minh Chinh, whom copy writes with ч
    if known is None and foreign is not None:
        return foreign, None  # read by its own scheme ("Нгуен Дык Хай" -> Hai, not the Kazakh -ay)
    if known is not None:
        return with_family(known.name, nominative, latin), known
    if mongolian is not None:  # "Батмунхийн Батцэцэг" -> Battsetseg Batmunkh
        return _regional(transliterate_ru(mongolian), "MNG"), None  # (ж: j, Tuvshinjargal)
    return middle_eastern(_regional(_final_ay(latin, nominative), country), nominative, country), None
