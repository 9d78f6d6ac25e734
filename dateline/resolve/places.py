"""Place filters: what a place typed by a user ("Baku", "AZE", "Azerbaijani") asks for.

A country code, name or demonym asks for the events held in that country; anything else is a
city (folded), with the gazetteer's country for it when the gazetteer knows it
(``in_country``: where to look for it first). :meth:`PlaceQuery.matches` is the rule; the
store's queries apply the same rule in SQL (``events.place_key`` holds the folded place name).
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.gazetteer import fold
from dateline.resolve.entities import country_name

__all__ = ["PlaceQuery", "parse_place"]


@dataclass(frozen=True, slots=True)
class PlaceQuery:
    """What a place filter asks for: a country code, or a city name (folded) and, when the
    gazetteer knows the city, its country (``in_country``)."""

    text: str
    country: str | None = None
    city: str | None = None
    in_country: str | None = None

    def matches(self, name: str | None, country: str | None) -> bool:
        """Is an event held at the place ``name`` in ``country`` (its canonical place)?"""
        if not name and not country:
            return False
        if self.country is not None:
            return (country or "").upper() == self.country
        folded = fold(name or "")
        return bool(self.city) and (folded == self.city or f" {self.city} " in f" {folded} ")


def parse_place(value: str | None) -> PlaceQuery | None:
    """``"AZE"``/``"aze"``/``"Azerbaijan"`` -> the country AZE; ``"Baku"`` -> the city."""
    from dateline.extract.places import lookup_place, name_index  # the gazetteer, loaded late

    if value is None or not value.strip():
        return None
    text = value.strip()
    if len(text) == 3 and text.isalpha() and country_name(text.upper()) != text.upper():
        return PlaceQuery(text, country=text.upper())
    hit = name_index().get(fold(text))
    if hit is not None and hit[1] != "capital":
        return PlaceQuery(text, country=hit[0])
    known = lookup_place(text)
    return PlaceQuery(text, city=fold(text), in_country=known.country if known else None)
