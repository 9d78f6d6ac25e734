"""Places told by what they are: 'the Egyptian resort town of Sharm al-Sheikh', 'the Swiss city of
Geneva', 'the Black Sea port of Batumi'.

The name after "of" is looked up; when the gazetteer does not know it (a spelling of its own, a
small town), the demonym before the kind word still gives its country.

>>> described_place("the Swiss city of Geneva").country
'CHE'
>>> described_place("the Egyptian resort town of Sharm al-Sheikh").country
'EGY'
>>> described_place("the northern town of Tikrit").country
'IRQ'
>>> described_place("the opening session of the forum") is None
True
"""

from __future__ import annotations

import re
from functools import cache

from dateline.extract.places import city_in_country, demonym_code, lookup_place
from dateline.lexicons.loader import load_lexicon
from dateline.record import Place

__all__ = ["described_place", "settlement_nouns"]

_WORD = r"[A-Z][\w'\u2019.\-]*"
_NAME = rf"{_WORD}(?:[\s\-]+(?:{_WORD}|al|el|de|del|la|le|sur|am|an)-?)*"


@cache
def settlement_nouns() -> frozenset[str]:
    """'town', 'city', 'resort', ...: the kind words of a described place (``place_words.yaml``)."""
    return frozenset(str(w).lower() for w in load_lexicon("place_words.yaml")["settlement_nouns"])


@cache
def _pattern() -> re.Pattern[str]:
    kinds = "|".join(sorted(settlement_nouns(), key=len, reverse=True))
    return re.compile(rf"^(?:the\s+)?(?P<desc>(?:[\w'\u2019\-]+\s+){{0,3}}?)(?:(?:{kinds})\s+){{1,2}}of\s+"
                      rf"(?P<name>{_NAME})\s*$", re.IGNORECASE)


def described_place(phrase: str) -> Place | None:
    """The place a descriptive phrase names, or None when it names none or no country is known."""
    match = _pattern().match(phrase.strip())
    if match is None or not match["name"][:1].isupper():
        return None
    name = match["name"].strip()
    codes = [c for c in (demonym_code(w) for w in match["desc"].split()) if c]
    place = lookup_place(name)
    if place is not None and place.country and (not codes or place.country == codes[0]):
        return place
    return city_in_country(name, codes[0]) if codes else None
