"""Person names in any case -> the nominative, with pymorphy3 and Natasha's morphology.

"с Камраном Алиевым" -> "Камран Алиев", "Шавкату Мирзиёеву" -> "Шавкат Мирзиёев". Each word takes
the pymorphy3 analysis that is a first name, surname or patronymic in the case Natasha's tagger
gives the token, inflected to the nominative (``ё`` kept). A word pymorphy3 does not know as a
name ("Сердара", a Turkmen name) loses the case ending of a masculine name when the surname is
masculine; a foreign indeclinable word ("Санеи", "Ямада") stays as written.
"""

from __future__ import annotations

from dateline.extract.russian.nlp import RuToken
from dateline.extract.russian.words import _analyzer

__all__ = ["nominative"]

_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_NAME_TAGS = ("Name", "Surn", "Patr")
_MASC_ENDINGS = {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"), "ablt": ("ом", "ем"),
                 "loct": ("е",)}


def _case_form(word: str, case: str, gender: str | None) -> tuple[str | None, str | None]:
    """The nominative of ``word`` read as a name in ``case`` (pymorphy3), and its gender."""
    best = None
    for parse in _analyzer().parse(word):
        tag = parse.tag
        if not any(t in tag for t in _NAME_TAGS) or tag.case != case or tag.number == "plur":
            continue
        if gender and tag.gender not in (gender, "ms-f", None):
            continue
        best = parse
        break
    if best is None:
        return None, None
    form = best.inflect({"nomn", "sing"})
    return (form.word if form else best.normal_form), best.tag.gender


def _styled(surface: str, word: str) -> str:
    parts, out = surface.split("-"), []
    for i, part in enumerate(word.split("-")):
        model = parts[i] if i < len(parts) else part
        out.append(part.upper() if model.isupper() and len(model) > 1 else part.capitalize())
    return "-".join(out)


def nominative(tokens: list[RuToken], natasha_normal: str) -> str:
    """The nominative of a name made of ``tokens`` (Natasha's normal form as the fallback)."""
    words = [t for t in tokens if any(ch.isalpha() for ch in t.text)]
    fallback = natasha_normal.split()
    out: list[str | None] = []
    genders: list[str | None] = []
    oblique = [_CASES[t.case] for t in words if t.case in _CASES and t.case != "Nom"]
    for token in words:
        case = _CASES.get(token.case or "", "nomn")
        if case == "nomn" and oblique:  # the tagger disagrees inside the name: it is oblique
            case = oblique[0]
            form, found_gender = _case_form(token.text.lower(), case, None)
            out.append(_styled(token.text, form) if form else token.text)
            genders.append(found_gender)
            continue
        gender = {"Masc": "masc", "Fem": "femn"}.get(token.feats.get("Gender", ""))
        if case == "nomn":
            out.append(token.text)
            genders.append(gender)
            continue
        form, found_gender = _case_form(token.text.lower(), case, gender)
        out.append(_styled(token.text, form) if form else None)
        genders.append(found_gender or gender)
    masculine = "masc" in genders and "femn" not in genders
    result = []
    for i, (token, word) in enumerate(zip(words, out, strict=True)):
        if word is None:
            case = _CASES.get(token.case or "", "nomn")
            word = token.text
            stripped = _strip_masc(token.text, case) if masculine else None
            if stripped:
                word = stripped
            elif len(fallback) == len(words) and fallback[i].lower() != token.text.lower():
                word = _styled(token.text, fallback[i])
        result.append(word)
    return " ".join(result)


def _strip_masc(word: str, case: str) -> str | None:
    for ending in _MASC_ENDINGS.get(case, ()):
        if word.lower().endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if stem[-1].lower() not in "аеёиоуыэюяь":
                return stem
    return None
