"""Arabic and Persian names the actor dictionary lacks, spelt as English copy writes them.

Russian writes one х for the Arabic and Persian h (ح, ه) and kh (خ), one г for g, gh and q, one у
for u and ou. English reports write "Hamdan", "Hossein" and "Mehdi" but "Khalid", "Khamenei";
"Gharibabadi", "Bagher" and "Goudarzi" (the Iranian agencies' spellings). So (``middle_east`` in
``ru_foreign_names.yaml``):

* a given name whose first х is h (``h_names``: "Хамдан", "Хосейн", "Хишам") opens with H, for a
  person of an Arab state or Iran, or of no told state whose name has an Arabic particle
  ("Хамдан бин Мухаммед", "Халид аль-Маавали": ``markers``), which also gets the Arab states' h
  for an inner х and Al- for the article before a sun letter;
* an Arabic name writes w for в, a sound Arabic lacks ("Валид" -> Walid, "Маавали" -> Maawali);
* a person of Iran: h for an inner х ("Mekhdi" -> Mehdi), gh for г before a, o, e but after н
  ("Garibabadi" -> Gharibabadi, "Bager" -> Bagher; "Zangane" keeps g), ou for у ("Gudarzi" ->
  Goudarzi, "Masud" -> Masoud; not after o or a).
"""

from __future__ import annotations

import re
from functools import cache

from dateline.lexicons.loader import load_lexicon

__all__ = ["middle_eastern", "with_family"]

_INNER_KH = re.compile(r"(?<=[A-Za-z])kh")
_GH = re.compile(r"(?<![nNgh])([gG])(?=[aoe])")
_OU = re.compile(r"(?<![oaOA])u")
_SUN_ARTICLE = re.compile(r"\b[Aa](?:s|sh|d|t|r|n|z)-(?=[A-Z])")


@cache
def _table() -> dict[str, frozenset[str]]:
    regional = load_lexicon("ru_foreign_names.yaml")["regional"]
    own = load_lexicon("ru_foreign_names.yaml")["middle_east"]
    return {"arabic": frozenset(regional["arabic_inner_h"]), "persian": frozenset(own["persian"]),
            "markers": frozenset(w.lower() for w in own["markers"]),
            "h_names": frozenset(w.lower() for w in own["h_names"])}


def _arabic_marked(cyrillic: str) -> bool:
    """A name with an Arabic particle ("бин", "аль-", "Абдель"): Arabic whatever its state."""
    words = re.split(r"[\s-]+", cyrillic.lower())
    return len(words) >= 2 and any(w in _table()["markers"] for w in words)


def _h_names(latin: str, cyrillic: str) -> str:
    """"Khamdan" -> "Hamdan" where the Cyrillic word is a given name with h (``h_names``)."""
    words, told = latin.split(" "), cyrillic.split()
    if len(words) != len(told):
        return latin
    return " ".join("H" + w[2:] if w.startswith("Kh") and t.lower().replace("ё", "е") in _table()["h_names"]
                    else w for w, t in zip(words, told, strict=True))


def middle_eastern(latin: str, cyrillic: str, country: str | None) -> str:
    """``latin``, the name ``cyrillic`` read by the schemes before, spelt by the Arabic or Persian
    habits that hold for ``country`` (or, with no state told, for an Arabic particle)."""
    table = _table()
    if country is None and _arabic_marked(cyrillic):
        latin = _SUN_ARTICLE.sub("Al-", _INNER_KH.sub("h", latin))
    elif country not in table["arabic"] and country not in table["persian"]:
        return latin
    if country not in table["persian"]:  # Arabic has no v: "Valid", "Marvan" -> Walid, Marwan
        latin = latin.replace("v", "w").replace("V", "W")
    if country in table["persian"]:
        latin = _OU.sub("ou", _GH.sub(r"\1h", _INNER_KH.sub("h", latin)))
    return _h_names(latin, cyrillic)


_FAMILY = re.compile(r"(?:^|\s)(?:аль|ал|эль|ас|ан|ад|ат|ар|аш|аз)(?:[\s-])\S+$", re.IGNORECASE)


def with_family(known: str, cyrillic: str, latin: str) -> str:
    """The dictionary's name and the Arabic family name the text tells after it ("Фейсал бин
    Фархан Аль Сауд" -> Faisal bin Farhan Al Saud, as told in full; "Фейсал бин Фархан" stays
    Faisal bin Farhan): the person is named as the text names him, the dictionary's spelling
    kept."""
    if not _FAMILY.search(cyrillic) or len(cyrillic.split()) <= len(known.split()) or any(
            w.lower().startswith(("al", "el-")) for w in known.split()[1:]):
        return known  # ("Абдель Фаттах ас-Сиси": the dictionary's el-Sisi names the family)
    family = latin.split()[-1]
    if "-" in family:  # "аль-Марри": Al-Marri
        stem = family.split("-", 1)[-1]
        return f"{known} Al-{stem[:1].upper()}{stem[1:]}"
    return f"{known} Al {family[:1].upper()}{family[1:]}"  # "Аль Сауд": Al Saud
