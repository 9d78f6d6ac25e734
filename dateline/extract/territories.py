"""Places that are no state of their own: territories that take part in engagements through their
state (Hong Kong and Macau through China: ``countries.yaml`` ``_territories``), regions and territories
that are places in a state ('the Gaza Strip', 'Darfur': ``regions.yaml``) and continents ('Asia' is no
town of the Philippines; ``place_words.yaml`` ``continents``)."""

from __future__ import annotations

from functools import cache

from dateline.gazetteer import soft_fold
from dateline.lexicons.loader import load_lexicon
from dateline.record import Place

__all__ = ["continent", "region_place", "territories", "territory_names"]


@cache
def territories() -> dict[str, str]:
    """Territories that take part through their state: code -> the state's code."""
    listed = (load_lexicon("countries.yaml") or {}).get("_territories") or {}
    return {code: row["state"] for code, row in listed.items()}


def territory_names(code: str) -> list[str]:
    """The names of a territory, which stand for its state like a capital ('Hong Kong' -> China)."""
    listed = (load_lexicon("countries.yaml") or {}).get("_territories") or {}
    return list(listed.get(code, {}).get("names", []))


@cache
def _continents() -> frozenset[str]:
    return frozenset(str(w) for w in load_lexicon("place_words.yaml").get("continents", []))


def continent(name: str) -> bool:
    """'Africa', 'Asia': a continent is no place of an engagement (the gazetteer would read 'Africa' as
    Mahdia in Tunisia, once called so, and 'Asia' as a town of the Philippines)."""
    return soft_fold(name.strip()).removeprefix("the ") in _continents()


@cache
def _regions() -> dict[str, Place]:
    """Regions and territories that are not states (``regions.yaml``) -> a place in their state."""
    out: dict[str, Place] = {}
    for name, (code, lat, lon, *others) in (load_lexicon("regions.yaml") or {}).items():
        place = Place(name=name, country=code, lat=lat, lon=lon)
        for spelling in (name, *others):
            out[soft_fold(spelling)] = place
    return out


def region_place(name: str) -> Place | None:
    """A region or territory that is not a state ('the Gaza Strip', 'Darfur') -> a place in its state."""
    return _regions().get(soft_fold(name.strip()).removeprefix("the "))
