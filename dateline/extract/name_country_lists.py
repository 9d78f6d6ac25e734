"""Officials listed with their states after a plural title, each name with its own state:

* "the foreign ministers of Azerbaijan, Jeyhun Bayramov, Kazakhstan, Murat Nurtleu, and
  Kyrgyzstan, Jeenbek Kulubaev" / "Foreign Ministers of Azerbaijan Jeyhun Bayramov, of Kazakhstan
  Murat Nurtleu and of Kyrgyzstan Jeenbek Kulubaev" -- the state before each name;
* "Presidents Ilham Aliyev of Azerbaijan, Kassym-Jomart Tokayev of Kazakhstan and ..." / "Heads
  of state Ilham Aliyev (Azerbaijan), ..." -- the state after each name;
* "Turkish, Azerbaijani and Georgian foreign ministers A, B and C" -- as many demonyms before the
  plural title as names after it, in the same order.

The names count whatever the NER calls them (it often reads a listed name as an organisation);
each gets the plural title in the singular and its own state (never a neighbour's).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.extract.places import country_code
from dateline.extract.titles import titles

__all__ = ["CountryItem", "country_items", "country_run", "demonyms_before"]

_SEPARATORS = frozenset({",", "and", "&"})
_OF_WHAT = {"state": "State", "states": "State", "government": "Government", "governments": "Government"}


@dataclass(frozen=True, slots=True)
class CountryItem:
    name: Span
    country: str
    plural: Token  # the plural title the list follows
    complement: str | None  # "State" of "Heads of state"


def _gpe(doc: Doc, j: int, stop: int) -> tuple[str, int] | None:
    """(code, index after) of a state's name at ``j``."""
    if j >= stop or doc[j].ent_type_ != "GPE" or doc[j].ent_iob_ != "B":
        return None
    e = j + 1
    while e < stop and doc[e].ent_iob_ == "I":
        e += 1
    code = doc[j].ent_id_ or country_code(doc[j:e].text)
    return (code, e) if code else None


def country_items(doc: Doc, tok: Token, read: Callable[[Doc, int, int], int]) -> list[CountryItem]:
    """The names listed with their states after the plural title ``tok`` (at least two), read
    with ``read(doc, start, stop)`` -> the end of a name run (the lists module's reader)."""
    stop = tok.sent.end
    j = tok.i + 1
    complement = None
    if j + 1 < stop and doc[j].lower_ == "of" and doc[j + 1].lower_ in _OF_WHAT:
        complement = _OF_WHAT[doc[j + 1].lower_]
        j += 2
    states_first = False
    if complement is None and j < stop and doc[j].lower_ == "of":
        states_first = True
        j += 1
    items: list[CountryItem] = []
    while j < stop:
        if items and states_first and doc[j].lower_ == "of":
            j += 1
        while j < stop and doc[j].lower_ == "the":
            j += 1
        if states_first:
            found = _gpe(doc, j, stop)
            if found is None:
                break
            code, k = found
            if k < stop and doc[k].text == ",":
                k += 1
            n = read(doc, k, stop)
            if not 2 <= n - k <= 5:
                break
            items.append(CountryItem(doc[k:n], code, tok, complement))
            j = n
        else:
            n = read(doc, j, stop)
            if not 2 <= n - j <= 5:
                break
            after = None
            if n + 1 < stop and doc[n].lower_ == "of":
                after = _gpe(doc, n + 1, stop)
            elif n + 2 < stop and doc[n].text == "(" and (inner := _gpe(doc, n + 1, stop)) is not None \
                    and inner[1] < stop and doc[inner[1]].text == ")":
                after = (inner[0], inner[1] + 1)
            if after is None:
                break
            items.append(CountryItem(doc[j:n], after[0], tok, complement))
            j = after[1]
        k = j
        while j < stop and doc[j].lower_ in _SEPARATORS:
            j += 1
        if j == k:
            break
    return items if len(items) >= 2 else []


def demonyms_before(doc: Doc, i: int) -> list[str]:
    """The states told before the plural title at ``i``, over domain words and modifiers:
    'Kyrgyz MPs' -> [KGZ]; 'Turkish, Azerbaijani and Georgian foreign ministers' -> [TUR, AZE, GEO];
    "Kazakhstan's lawmakers" -> [KAZ]."""
    i -= 1
    while i >= 0 and (doc[i].lower_ in titles().domains or doc[i].lower_ in titles().modifiers):
        i -= 1
    if i >= 1 and doc[i].text in {"'s", "\u2019s"} and doc[i - 1].ent_type_ == "GPE":
        code = doc[i - 1].ent_id_ or country_code(doc[i - 1].text)
        return [code] if code else []
    codes: list[str] = []
    while i >= 0 and doc[i].ent_type_ == "NORP":
        code = doc[i].ent_id_ or country_code(doc[i].text)
        if not code:
            return []
        codes.append(code)
        i -= 1
        if i >= 0 and doc[i].lower_ in _SEPARATORS:
            while i >= 0 and doc[i].lower_ in _SEPARATORS:
                i -= 1
            if i < 0 or doc[i].ent_type_ != "NORP":
                return []
    return codes[::-1]


def country_run(doc: Doc, j: int, stop: int) -> tuple[list[str], int]:
    """The countries of 'Kazakhstan, Kyrgyzstan and Uzbekistan' from token ``j``, and the index after."""
    codes: list[str] = []
    while j < stop:
        while j < stop and doc[j].lower_ == "the":
            j += 1
        if j >= stop or doc[j].ent_type_ != "GPE" or doc[j].ent_iob_ != "B":
            break
        e = j + 1
        while e < stop and doc[e].ent_iob_ == "I":
            e += 1
        code = doc[j].ent_id_ or country_code(doc[j:e].text)
        if not code:
            break
        codes.append(code)
        j = e
        if j >= stop or doc[j].lower_ not in _SEPARATORS:
            break
        while j < stop and doc[j].lower_ in _SEPARATORS:
            j += 1
    return codes, j
