"""Person names in any case -> the nominative, with pymorphy3 and Natasha's morphology.

"с Камраном Алиевым" -> "Камран Алиев", "Берика Асылова" -> "Берик Асылов" (Natasha's own
normaliser gets 16 of 20 probe names right, bench/natasha_probe.py; it is not used). The words of a name
stand in one case. It is the case of the title the name stands beside ("заместителем
Генерального прокурора Эркином Абдрахмановым": the head noun "заместителем" is instrumental)
when there is one, else the case in which most of the words have a pymorphy3 reading as a first
name, surname or patronymic (the nominative when it ties), else Natasha's morphology tag. Each word is
inflected to the nominative from that reading (``ё`` kept); a word pymorphy3 does not know as a
name ("Эркином", "Сердара") loses the case ending of its gender ("Жозепа Борреля" -> "Жозеп
Боррель"); a foreign indeclinable word ("Санеи", "Ямада") stays as written.
"""

from __future__ import annotations

import re

from dateline.extract.russian.nlp import RuToken
from dateline.extract.russian.words import _analyzer

__all__ = ["CASES", "PATRONYMIC_WORDS", "name_gender", "nominative"]

CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_NAME_TAGS = ("Name", "Surn", "Patr")
_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "masc": {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"), "ablt": ("ом", "ем", "ым", "им"),
             "loct": ("е",)},
}
# "Дж.Байрамов": Russian initials дж, one sound, with both letters ("Дж" is never a whole name;
# the tokens of a name may come without the full stop)
_INITIAL = re.compile(r"^(?:Дж\.?\s+|Дж\.|[А-ЯЁA-Z]\.\s*)")
_VOWELS = "аеёиоуыэюя"


def _readings(word: str, case: str) -> list:  # type: ignore[type-arg]
    return [p for p in _analyzer().parse(word.lower())
            if any(t in p.tag for t in _NAME_TAGS) and str(p.tag.case) == case
            and str(p.tag.number) != "plur"]


def _indeclinable(word: str) -> bool:
    """A name pymorphy3 reads as the same word in four cases or more ("Бочоришвили"), or a
    Tajik or Azerbaijani surname in -зода / -заде ("Вохидзода", "Расулзаде"), which Russian
    does not decline."""
    return word.lower().endswith(_UNDECLINED) or sum(bool(_readings(word, case)) for case in CASES.values()) >= 4


PATRONYMIC_WORDS = ("уулу", "кызы", "оглы", "гызы")  # the Turkic "son of", "daughter of"
_UNDECLINED = ("зода", "заде", *PATRONYMIC_WORDS)


def _styled(surface: str, word: str) -> str:
    """``word`` in the capitals of ``surface``, with no ё the text wrote as е (pymorphy3's guess
    "Нгуену" -> "нгуён": Нгуен)."""
    word = "".join("е" if ch == "ё" and i < len(surface) and surface[i] in "еЕ" else ch
                   for i, ch in enumerate(word))
    parts, out = surface.split("-"), []
    for i, part in enumerate(word.split("-")):
        model = parts[i] if i < len(parts) else part
        out.append(part.upper() if model.isupper() and len(model) > 1 else part.capitalize())
    return "-".join(out)


def _choose_case(words: list[RuToken], hint: str | None) -> str:
    if hint is not None:
        return hint
    voters = [t for t in words if not _indeclinable(t.text)]
    scores = {case: sum(bool(_readings(t.text, case)) for t in voters) for case in CASES.values()}
    tagged = [CASES[t.case] for t in words if t.case in CASES and t.case != "Nom"]
    best = max(scores, key=lambda c: (scores[c], c == "nomn", c in tagged))
    if scores[best] == 0:
        return _stripped_case(voters, tagged)
    oblique = max((c for c in scores if c != "nomn"), key=lambda c: (scores[c], c in tagged))
    if scores[oblique] > scores["nomn"] or (scores[oblique] == scores["nomn"] and oblique in tagged):
        return oblique
    return "nomn"


def _stripped_case(words: list[RuToken], tagged: list[str]) -> str:
    """No word is a name pymorphy3 knows ("Жозепа Борреля", "Маки"): the oblique case whose
    endings most words carry (Natasha's tag breaks a tie), else the nominative (no tag)."""
    if not words or not tagged:
        return tagged[0] if tagged else "nomn"
    counts = {case: sum(_strip(t.text, case, "masc") is not None for t in words)
              for case in ("gent", "datv", "accs", "ablt")}
    best = max(counts, key=lambda c: (counts[c], c in tagged, c == "gent"))
    return best if counts[best] else tagged[0]


_A_STEM = {  # a name of the -а/-я declension, men's and women's ("Антониу Кошты", "Хакалу")
    "gent": (("ы", "а"),),
    "accs": (("у", "а"), ("ю", "я")),
    "ablt": (("ой", "а"), ("ей", "я")),
}
_HUSHING = "кгхжшчщ"  # after these letters the genitive -ы is written -и ("Маки" <- "Мака")


def _a_stem(word: str, case: str) -> str | None:
    lower = word.lower()
    if case == "gent" and lower.endswith("и") and len(word) > 3 and lower[-2] in _HUSHING:
        return word[:-1] + "а"
    for ending, nominative in _A_STEM.get(case, ()):
        if lower.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)] + nominative
    return None


def _strip(word: str, case: str, gender: str) -> str | None:
    """The nominative of a name pymorphy3 does not know, from its case ending: the consonant
    declension of men's names ("Жозепа" -> "Жозеп", "Борреля" -> "Боррель") and the -а
    declension of both genders ("Кошты" -> "Кошта", "Хакалу" -> "Хакала")."""
    a_form = _a_stem(word, case)
    if a_form is not None:
        return a_form
    for ending in _ENDINGS.get(gender, {}).get(case, ()):
        if not word.lower().endswith(ending) or len(word) - len(ending) < (2 if ending == "ем" else 3):
            continue  # "Ёлем" -> "Ёль" (Чо Тхэ Ёль)
        stem = word[: -len(ending)]
        if stem[-1].lower() in _VOWELS:
            return stem + "й" if ending in ("я", "ю", "ем", "е") else None
        if ending == "ем" and stem[-1].lower() in "цжшчщ":
            return stem  # "Шольцем" -> "Шольц": a hard hushing consonant
        if ending in ("я", "ю", "ем"):
            return stem + "ь"
        return stem
    return None


def nominative(tokens: list[RuToken], text: str, hint: str | None = None) -> str:
    """The nominative of a name made of ``tokens`` (``text`` when none is a word); ``hint`` is
    the case of the title beside it."""
    words = [t for t in tokens if any(ch.isalpha() for ch in t.text)]
    if not words:
        return text
    case = _choose_case(words, hint if hint != "nomn" else None) if hint != "nomn" else "nomn"
    last = words[-1].text
    if case == "gent" and _unknown_a_accusative(last):
        case = "accs"  # "принял Специального представителя ЕС Терхи Хакалу": a woman's accusative
    if case == "nomn":
        return " ".join(t.text for t in words)
    genders = {str(r.tag.gender) for t in words for r in _readings(t.text, case)
               if "Fixd" not in r.tag} - {"None", "ms-f"}  # (an indeclinable "Ким" tells no gender)
    gender = genders.pop() if len(genders) == 1 else {"Masc": "masc", "Fem": "femn"}.get(
        words[-1].feats.get("Gender", ""), "masc")
    out = []
    for token in words:
        if token.text.lower().endswith(_UNDECLINED):
            out.append(token.text)
            continue
        found = [r for r in _readings(token.text, case) if str(r.tag.gender) in (gender, "ms-f", "None")]
        if case == "accs" and _unknown_a_accusative(token.text):
            found = []  # pymorphy3 only guesses "Хакалу": the ending decides (Хакала)
        if not found and case == "gent":  # "принял ... секретаря Хельгу Марию Шмид": a woman's
            found = [r for r in _readings(token.text, "accs") if str(r.tag.gender) == "femn" and r.is_known]
        if found:
            form = found[0].inflect({"nomn", "sing"})
            out.append(_styled(token.text, form.word if form else found[0].normal_form))
            continue
        if case == "gent" and gender == "masc" and _unknown_a_accusative(token.text):
            # "принял Генерального секретаря Мехмета Сурейю Эра": a man's accusative, the -а
            # declension of a word in it (Сурейя) in -у/-ю
            out.append(_strip(token.text, "accs", gender) or token.text)
            continue
        out.append(_strip(token.text, case, gender) or _short_stem(token.text, case, gender) or token.text)
    return " ".join(out)


_SHORT_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}


def _short_stem(word: str, case: str, gender: str) -> str | None:
    """A man's name of two letters that pymorphy3 does not know as a name, in an oblique case
    ("Эра", "Эру", "Эром" -> "Эр"; "Ора" -> "Ор"): the stem is too short for :func:`_strip`."""
    ending = _SHORT_ENDINGS.get(case)
    if gender != "masc" or ending is None or len(word) != 2 + len(ending) \
            or not word.lower().endswith(ending) or word[1].lower() in _VOWELS:
        return None  # (pymorphy3 knows "эра" only as a common noun)
    return word[:2]


def _unknown_a_accusative(word: str) -> bool:
    """A name pymorphy3 does not know ending in the accusative -у/-ю of the -а declension
    ("Хакалу"); not a known indeclinable name ("Шойгу")."""
    return len(word) > 3 and word.lower().endswith(("у", "ю")) and not word.lower().endswith(_UNDECLINED) and not any(
        p.is_known for p in _analyzer().parse(word.lower()))


def reads_as_person(words: list[str]) -> bool:
    """Two or three capitalised words opening with a given name pymorphy3 knows ("Мартой Кос",
    which the NER took for a place): a person's name."""
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) and any(
        "Name" in p.tag and p.is_known for p in _analyzer().parse(words[0].lower()))


def initial_free(text: str) -> str:
    """"Э.Абдрахманов" -> "Абдрахманов": the surname of a name given with an initial."""
    return _INITIAL.sub("", text)


def name_gender(nominative: str) -> str | None:
    """"masc" or "femn" for a name whose first word pymorphy3 knows as a given name, else None."""
    words = nominative.split()
    genders = {str(r.tag.gender) for r in _readings(words[0], "nomn")} if words else set()
    genders &= {"masc", "femn"}
    return genders.pop() if len(genders) == 1 else None
