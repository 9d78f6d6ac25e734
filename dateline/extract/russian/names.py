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

__all__ = ["CASES", "nominative"]

CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_NAME_TAGS = ("Name", "Surn", "Patr")
_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "masc": {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"), "ablt": ("ом", "ем", "ым", "им"),
             "loct": ("е",)},
    "femn": {"accs": ("у", "ю"), "ablt": ("ой", "ей")},
}
_INITIAL = re.compile(r"^[А-ЯЁA-Z]\.\s*")
_VOWELS = "аеёиоуыэюя"


def _readings(word: str, case: str) -> list:  # type: ignore[type-arg]
    return [p for p in _analyzer().parse(word.lower())
            if any(t in p.tag for t in _NAME_TAGS) and str(p.tag.case) == case
            and str(p.tag.number) != "plur"]


def _styled(surface: str, word: str) -> str:
    parts, out = surface.split("-"), []
    for i, part in enumerate(word.split("-")):
        model = parts[i] if i < len(parts) else part
        out.append(part.upper() if model.isupper() and len(model) > 1 else part.capitalize())
    return "-".join(out)


def _choose_case(words: list[RuToken], hint: str | None) -> str:
    if hint is not None:
        return hint
    scores = {case: sum(bool(_readings(t.text, case)) for t in words) for case in CASES.values()}
    tagged = [CASES[t.case] for t in words if t.case in CASES and t.case != "Nom"]
    best = max(scores, key=lambda c: (scores[c], c == "nomn", c in tagged))
    if scores[best] == 0:
        return tagged[0] if tagged else "nomn"
    oblique = max((c for c in scores if c != "nomn"), key=lambda c: (scores[c], c in tagged))
    if scores[oblique] > scores["nomn"] or (scores[oblique] == scores["nomn"] and oblique in tagged):
        return oblique
    return "nomn"


def _strip(word: str, case: str, gender: str) -> str | None:
    for ending in _ENDINGS.get(gender, {}).get(case, ()):
        if not word.lower().endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: -len(ending)]
        if gender == "femn":
            return stem + ("я" if ending in ("ю", "ей") else "а")
        if stem[-1].lower() in _VOWELS:
            return stem + "й" if ending in ("я", "ю", "ем", "е") else None
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
    if case == "nomn":
        return " ".join(t.text for t in words)
    genders = {str(r.tag.gender) for t in words for r in _readings(t.text, case)} - {"None", "ms-f"}
    gender = genders.pop() if len(genders) == 1 else {"Masc": "masc", "Fem": "femn"}.get(
        words[-1].feats.get("Gender", ""), "masc")
    out = []
    for token in words:
        found = [r for r in _readings(token.text, case) if str(r.tag.gender) in (gender, "ms-f", "None")]
        if found:
            form = found[0].inflect({"nomn", "sing"})
            out.append(_styled(token.text, form.word if form else found[0].normal_form))
            continue
        out.append(_strip(token.text, case, gender) or token.text)
    return " ".join(out)


def initial_free(text: str) -> str:
    """"Э.Абдрахманов" -> "Абдрахманов": the surname of a name given with an initial."""
    return _INITIAL.sub("", text)
