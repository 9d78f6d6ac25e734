"""Places named by a landmark or by a country's capital.

"at Downing Street", "at the Casa Rosada", "at Bellevue Palace" and "at the Quirinal" stand for
their city (the reviewed list ``landmarks.yaml``); "the Egyptian capital", "the capital of
Egypt" and "Kazakhstan's capital" for the country's capital; "the Mongolian capital of
Ulaanbaatar" for the city it names.

>>> resolve_landmark("at the Casa Rosada").name, resolve_landmark("the Egyptian capital").name
('Buenos Aires', 'Cairo')
>>> capital_of("PER").name
'Lima'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.extract.places import (
    city_in_country,
    city_place,
    country_code,
    country_entry,
    demonym_code,
    landmark_place,
    lookup_place,
)
from dateline.gazetteer import soft_fold
from dateline.lexicons.loader import load_lexicon
from dateline.record import Place

__all__ = ["Landmark", "capital_namesake", "capital_of", "find_landmarks", "landmark_entries", "landmark_in", "resolve_landmark"]

# Words before a landmark that are not part of it: "at the Quirinal", "inside the Kremlin".
_LEAD = re.compile(r"^(?:(?:at|in|inside|outside|near|to|from|on|into|of)\s+)?(?:the\s+)?", re.IGNORECASE)
_WORD = r"[A-Z][\w'\u2019.\-]*"
_PROPER = rf"{_WORD}(?:\s+(?:{_WORD}|of|de|del|la|el|al))*?"
# "the Egyptian capital", "the Mongolian capital of Ulaanbaatar", "the Kazakh capital, Astana"
_ADJ_CAPITAL = re.compile(rf"(?P<adj>{_WORD}(?:\s+{_WORD})?)\s+capital(?:\s+city)?"
                          rf"(?:(?:\s+of|,)?\s+(?P<city>{_PROPER}))?\s*$")
# "the capital of Egypt", "the capital city of Mongolia, Ulaanbaatar"
_CAPITAL_OF = re.compile(rf"capital(?:\s+city)?\s+of\s+(?:the\s+)?(?P<country>{_PROPER})"
                         rf"(?:,?\s+(?P<city>{_PROPER}))?\s*$")
# "Kazakhstan's capital", "Kazakhstan's capital Astana"
_POSS_CAPITAL = re.compile(rf"(?P<country>{_PROPER})(?:'s|\u2019s|')\s+capital(?:\s+city)?"
                           rf"(?:,?\s+(?P<city>{_PROPER}))?\s*$")


@dataclass(frozen=True, slots=True)
class Landmark:
    """A landmark of ``landmarks.yaml``: its name, its spellings and the city it stands for."""

    name: str
    spellings: tuple[str, ...]
    place: Place


@cache
def landmark_entries() -> tuple[Landmark, ...]:
    """Every landmark of the reviewed list, with the place it stands for."""
    out = []
    for row in (load_lexicon("landmarks.yaml") or {}).get("landmarks", []):
        spellings = tuple(dict.fromkeys([row["name"], *(row.get("aliases") or [])]))
        out.append(Landmark(row["name"], spellings, city_in_country(row["city"], row["country"])))
    return tuple(out)


@cache
def _search() -> re.Pattern[str]:
    spellings = sorted((s for lm in landmark_entries() for s in lm.spellings), key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, spellings)) + r")(?![\w\-])")


def lookup_landmark(name: str) -> Place | None:
    """The city a landmark name (exactly, any case or accents) stands for."""
    return landmark_place(name)


def capital_of(code: str) -> Place | None:
    """The capital city of a country (ISO-3), with coordinates when the gazetteer has them."""
    entry = country_entry(code)
    if entry is None:
        return None
    if entry.capitals:
        return city_in_country(entry.capitals[0], code)
    for name in entry.names:  # a city-state: Singapore, Monaco
        found = city_place(name)
        if found is not None and found.country == code:
            return found
    return None


def capital_namesake(place: Place, codes: list[str]) -> Place | None:
    """'met in San Jose' of Costa Rica's and Panama's presidents: a city the gazetteer puts in a state
    no party belongs to (the most populous San Jose, California's) that is named as the capital of a
    party's state is that capital (not when the gazetteer's city is itself a capital: 'in Paris')."""
    if not place.name or place.country is None or place.country in codes:
        return None
    own = capital_of(place.country)
    if own is not None and soft_fold(own.name or "") == soft_fold(place.name):
        return None
    for code in codes:
        capital = capital_of(code)
        if capital is not None and soft_fold(capital.name or "") == soft_fold(place.name):
            return capital
    return None


def _named_city(city: str | None, code: str | None) -> Place | None:
    if not city:
        return None
    found = lookup_place(city)
    if found is None or (code is not None and found.country != code) or found.name == found.country:
        return None
    return found


def _capital_phrase(text: str) -> Place | None:
    for pattern in (_ADJ_CAPITAL, _CAPITAL_OF, _POSS_CAPITAL):
        m = pattern.search(text)
        if m is None:
            continue
        groups = m.groupdict()
        owner = groups.get("adj") or groups.get("country") or ""
        code = demonym_code(owner) if pattern is _ADJ_CAPITAL else country_code(owner)
        if code is None and pattern is _ADJ_CAPITAL and " " in owner:  # "the new Egyptian capital"
            code = demonym_code(owner.split()[-1])
        if code is None:
            continue
        named = _named_city(groups.get("city"), code)
        if named is not None:
            return named
        if groups.get("city") and lookup_landmark(groups["city"]) is None:
            continue  # "the Egyptian capital Cairo's ...": an unknown name is not the capital
        return capital_of(code)
    return None


def resolve_landmark(text: str) -> Place | None:
    """The place a landmark phrase stands for, or None.

    "at Downing Street" -> London, "the Casa Rosada" -> Buenos Aires, "in the Mongolian capital
    of Ulaanbaatar" -> Ulaanbaatar, "the Egyptian capital" -> Cairo, "the capital of Peru" -> Lima.
    A phrase that holds a landmark among other words ("talks at Bellevue Palace on Monday")
    resolves to it.
    """
    if not text or not text.strip():
        return None
    core = _LEAD.sub("", text.strip().rstrip(".,;:"), count=1)
    exact = lookup_landmark(core)
    if exact is not None:
        return exact
    if "capital" in core.lower():
        found = _capital_phrase(core)
        if found is not None:
            return found
    return landmark_in(text)


# Capitalised words that may follow a landmark in a longer venue name: "the Grand Kremlin Palace",
# "the Bestepe Presidential Complex".
_VENUE_WORDS = frozenset({"palace", "residence", "complex", "hall", "building", "mansion", "compound",
                          "house", "headquarters", "presidential", "state", "royal", "government"})


def landmark_in(phrase: str) -> Place | None:
    """A landmark inside a longer venue phrase: "the Grand Kremlin Palace" -> Moscow, "talks at
    Bellevue Palace on Monday" -> Berlin, but not a landmark that is only the first word of another
    name ("Istana Merdeka", Jakarta's palace, is not Singapore's Istana)."""
    for _, end, place in find_landmarks(phrase):
        after = phrase[end:].split()
        word = after[0].strip(".,;:'\u2019") if after else ""
        if not word[:1].isupper() or word.lower() in _VENUE_WORDS:
            return place
    return None


def find_landmarks(text: str) -> list[tuple[int, int, Place]]:
    """Every landmark name in ``text``: (start, end, place), in order of appearance."""
    return [(m.start(), m.end(), lm) for m in _search().finditer(text)
            if (lm := lookup_landmark(m.group())) is not None]
