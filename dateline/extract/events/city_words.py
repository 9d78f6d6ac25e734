"""A large city named in several words that the tagger reads as a person: "Ho Chi Minh City",
"São Paulo", "Kuala Lumpur" ("which Ho Chi Minh City will host", "travels to São Paulo, where he
will meet"). The whole name must be the city's own primary name in the gazetteer and the city a
large one, so a person's name that some small town shares keeps its person."""

from __future__ import annotations

from dateline.extract.places import major_city
from dateline.record import Place

__all__ = ["city_of_words"]

_LARGE = 500_000  # people: a city this large is named as a place, not as a person


def city_of_words(text: str) -> Place | None:
    """The large city a name of two or more words is, or None."""
    if len(text.split()) < 2:
        return None
    return major_city(text.strip(), _LARGE)
