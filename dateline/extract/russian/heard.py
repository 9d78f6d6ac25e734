"""Foreign names Russian writes by ear, matched to the actor dictionary by their consonants.

Russian copy spells a Hungarian, Finnish, German or Turkish name as it sounds ("Петер Сийярто",
"Терхи Хакала", "Хельга Шмид", "Яшар Гюлер"), so its transliteration ("Peter Siyyarto") is no
spelling of ``people.yaml`` ("Péter Szijjártó"). Both sides are reduced to the consonants they
are heard with (:func:`heard_key`): vowels, й/j/y and soft signs dropped, letters that sound
alike in one class (с з ц ~ s z c-before-e/i, ш ~ sh/sch/ş/s-in-sz, х ~ h/kh/ch-in-German, к ~
k/c/q/ck), doubled consonants once. A Cyrillic name matches a dictionary person when the keys of
its first and last word both equal that person's (of any of its spellings), the person is the
only one with that key, and the person's state is the title's when the text gives one. A name of
more than two words is first matched word by word ("Мухаммед бин Салман Аль Сауд" is Mohammed bin
Salman, not another Mohammed ... Al Saud). Arabic names are heard with their article as written
before a sun letter ("ас-Сиси" ~ al-Sisi) and without a final h Russian does not write ("Абдулла"
~ Abdullah); Russian's older г for a foreign h is tried when nothing else matches ("Анвар Ибрагим"
~ Anwar Ibrahim); a monarch's numeral is kept as written ("Абдалла II" ~ Abdullah II).
"""

from __future__ import annotations

import re
from functools import cache

from dateline.extract.known import KnownPerson, known_person
from dateline.gazetteer import fold
from dateline.lexicons.loader import load_lexicon

__all__ = ["heard_key", "heard_person"]

# Cyrillic letters -> their consonant class ("" for vowels and signs); digraphs first.
_CYRILLIC = [("дж", ""), ("тс", "s"), ("кс", "ks")] + [(c, "") for c in "аеёиоуыэюяйьъәөұүіӣӯў"] + [
    ("б", "b"), ("в", "v"), ("г", "g"), ("ғ", "g"), ("д", "d"), ("ж", "zh"), ("з", "s"), ("к", "k"),
    ("қ", "k"), ("л", "l"), ("м", "m"), ("н", "n"), ("ң", "n"), ("п", "p"), ("р", "r"), ("с", "s"),
    ("т", "t"), ("ф", "f"), ("х", "h"), ("ҳ", "h"), ("һ", "h"), ("ц", "s"), ("ч", "ch"),
    ("ш", "sh"), ("щ", "sh"), ("ҷ", "")]
# Latin letter groups (folded, lower case) -> the same classes; longer groups first.
_LATIN = [("sch", "sh"), ("tsch", "ch"), ("dzh", ""), ("zh", "zh"), ("sh", "sh"), ("ch", "ch"),
          ("kh", "h"), ("gh", "g"), ("th", "t"), ("ph", "f"), ("ck", "k"), ("sz", "s"),
          ("cz", "ch"), ("tz", "s"), ("ts", "s"), ("x", "ks"), ("w", "v"), ("q", "k"),
          ("z", "s"), ("j", ""), ("y", "")] + [(c, "") for c in "aeiou"]
# Marked letters whose sound folding would lose (ş -> s): read before folding.
_MARKED = {"ş": "sh", "š": "sh", "ș": "sh", "ç": "ch", "č": "ch", "ž": "zh", "ğ": "g", "ı": "i"}
_C_SOFT = re.compile(r"c(?=[eiy])")
# The Arabic article assimilated to a sun letter, as Russian writes it: "ас-Сиси", "ад-Дин".
_SUN_ARTICLE = re.compile(r"^а[сдзтшнр]-", re.IGNORECASE)


def _reduce(word: str, table: list[tuple[str, str]], letters: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(word):
        for group, value in table:
            if word.startswith(group, i):
                out.append(value)
                i += len(group)
                break
        else:
            ch = word[i]
            out.append(ch if ch in letters else "")
            i += 1
    key = "".join(out)
    return re.sub(r"(.)\1+", r"\1", key)


def heard_key(word: str, h_for_g: bool = False) -> str:
    """The consonants a word is heard with: "Сийярто" -> "srt", "Szijjártó" -> "srt";
    ``h_for_g``: a Cyrillic г heard as h ("Ибрагим" -> "brhm")."""
    lower = _SUN_ARTICLE.sub("ал-", word.lower()).replace("-", "")
    if any("а" <= ch <= "я" or ch in "ёәғқңөұүһіӣӯҳҷў" for ch in lower):
        return _reduce(lower.replace("г", "х") if h_for_g else lower, _CYRILLIC, "")
    for letter, sound in _MARKED.items():
        lower = lower.replace(letter, sound)
    latin = _C_SOFT.sub("s", fold(lower)).replace("c", "k")
    return _reduce(re.sub(r"(?<=[aeiouy])h$", "", latin), _LATIN, "bdfghklmnprstv")


def _words(name: str) -> list[str]:
    return [w for w in name.replace("-", " - ").split() if w != "-"]


def _name_key(name: str, h_for_g: bool = False) -> tuple[str, str] | None:
    words = _words(name)
    if len(words) < 2:
        return None
    last = name.split()[-1]
    if set(last) <= set("IVX"):  # a monarch's numeral ("Абдалла II" ~ Abdullah II): as written
        return heard_key(words[0], h_for_g), f"#{last}"
    return heard_key(words[0], h_for_g), heard_key(last, h_for_g)


def _full_key(name: str, h_for_g: bool = False) -> tuple[str, ...]:
    return tuple(heard_key(w, h_for_g) for w in name.split())


@cache
def _index() -> tuple[dict[tuple[str, str], tuple[str, ...]], dict[tuple[str, ...], tuple[str, ...]]]:
    index: dict[tuple[str, str], set[str]] = {}
    full: dict[tuple[str, ...], set[str]] = {}
    for entry in load_lexicon("people.yaml") or []:
        for spelling in [entry["name"], *(entry.get("variants") or [])]:
            key = _name_key(spelling)
            if key is not None and len(key[1]) >= 2:
                index.setdefault(key, set()).add(entry["name"])
                if len(spelling.split()) > 2:
                    full.setdefault(_full_key(spelling), set()).add(entry["name"])
    return ({k: tuple(sorted(v)) for k, v in index.items()},
            {k: tuple(sorted(v)) for k, v in full.items()})


def _one(names: tuple[str, ...], country: str | None) -> KnownPerson | None:
    found = [p for name in names if (p := known_person(name)) is not None]
    if country is not None:
        found = [p for p in found if p.country == country]
    return found[0] if len(found) == 1 else None


def heard_person(cyrillic: str, country: str | None) -> KnownPerson | None:
    """The dictionary person a Cyrillic nominative name sounds like, or None (see the module)."""
    by_pair, by_words = _index()
    for h_for_g in (False, True):
        key = _name_key(cyrillic, h_for_g)
        if key is None or len(key[1]) < 2:
            return None
        if len(cyrillic.split()) > 2 and (found := _one(by_words.get(_full_key(cyrillic, h_for_g), ()),
                                                        country)) is not None:
            return found
        if (found := _one(by_pair.get(key, ()), country)) is not None:
            return found
        if "г" not in cyrillic.lower():
            return None
    return None
