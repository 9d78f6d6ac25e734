"""Known office holders (``people.yaml``): a person's country when the text names none.

Like the actor dictionaries of event coders, this maps full names (never bare surnames)
to the state or organisation a person serves, with their roles over time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from dateline.gazetteer import translit_key
from dateline.lexicons.loader import load_lexicon

__all__ = ["KnownPerson", "known_by_surname", "known_by_surname_in", "known_person", "listed_family_name"]

_PATRONYMIC = frozenset(load_lexicon("name_words.yaml")["patronymic_chain"])


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str
    country: str
    roles: tuple[tuple[str, str | None, str | None, str | None], ...]  # title, from, to, country

    def country_on(self, day: dt.date | None) -> str:
        """The country served on ``day`` (a role for another state overrides the default)."""
        if day is None:
            return self.country
        stamp = day.isoformat()
        for _title, start, end, country in self.roles:
            if country and (start is None or start <= stamp) and (end is None or stamp <= end + "-99"):
                return country
        return self.country

    def country_as(self, title: str | None, day: dt.date | None) -> str:
        """The country served in the post ``title`` the text gives (undated copy: "Foreign Minister
        Ahmed Aboul Gheit" serves Egypt, not the Arab League he later led), else ``country_on``."""
        if title and day is None:
            wanted = title.lower()
            posts = {country or self.country for role_title, _s, _e, country in self.roles
                     if role_title and (role_title.lower() == wanted or wanted.endswith(role_title.lower()))}
            if len(posts) == 1:
                return posts.pop()
        return self.country_on(day)

    def held(self, title: str) -> bool:
        """The person held a post called ``title`` (or ending in it: 'Foreign Minister' ~ 'Minister')."""
        wanted = title.lower()
        return any(r and (r.lower() == wanted or r.lower().endswith(" " + wanted) or wanted.endswith(r.lower()))
                   for r, _s, _e, _c in self.roles)


@cache
def _by_surname() -> dict[str, tuple[KnownPerson, ...]]:
    index: dict[str, list[KnownPerson]] = {}
    for person in {id(p): p for p in _index().values()}.values():
        words = person.name.split()
        if len(words) >= 2:
            index.setdefault(translit_key(words[-1]), []).append(person)
    return {k: tuple(v) for k, v in index.items()}


def known_by_surname(surname: str, title: str | None) -> str | None:
    """The country of 'President Bush', 'Prime Minister Modi': every listed holder of a post called
    ``title`` with that surname serves one state (George W. and George H. W. Bush), else None."""
    if not title or len(surname.split()) != 1:
        return None
    found = {p.country_as(title, None) for p in _by_surname().get(translit_key(surname), ()) if p.held(title)}
    return found.pop() if len(found) == 1 else None


@cache
def _by_family_name() -> dict[str, tuple[KnownPerson, ...]]:
    """'Hu' for Hu Jintao: the first word where the family name comes first (name_words.yaml)."""
    names = load_lexicon("name_words.yaml")
    first = frozenset(names["family_name_first"] + names["family_name_first_coref"])
    index: dict[str, list[KnownPerson]] = {}
    for person in {id(p): p for p in _index().values()}.values():
        words = person.name.split()
        if len(words) >= 2 and person.country in first:
            index.setdefault(translit_key(words[0]), []).append(person)
    return {k: tuple(v) for k, v in index.items()}


def listed_family_name(word: str) -> bool:
    """'Cho', 'Wang': the family name, written first, of a listed person of such a state."""
    return translit_key(word) in _by_family_name()


def known_by_surname_in(surname: str, states: set[str]) -> str | None:
    """The country of 'Mr. Hu' or 'Ms. Otunbayeva' with no title: the one state among the listed
    holders of that surname that the document itself names (never a guess from the name alone)."""
    if len(surname.split()) != 1:
        return None
    key = translit_key(surname)
    found = {p.country for p in (*_by_surname().get(key, ()), *_by_family_name().get(key, ()))}
    return found.pop() if len(found) == 1 and found <= states else None


@cache
def _index() -> dict[str, KnownPerson]:
    index: dict[str, KnownPerson] = {}
    for entry in load_lexicon("people.yaml") or []:
        roles = tuple(
            (r.get("title"), _str(r.get("from")), _str(r.get("to")), r.get("country"))
            for r in entry.get("roles") or [])
        person = KnownPerson(entry["name"], entry["country"], roles)
        for name in [entry["name"], *(entry.get("variants") or [])]:
            index.setdefault(translit_key(name), person)
    return index


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def known_person(name: str) -> KnownPerson | None:
    """The dictionary entry for a full name (two words or more), or None."""
    words = name.split()
    if len(words) < 2:
        return None
    found = _index().get(translit_key(name))
    if found is None and any(w.lower() in _PATRONYMIC for w in words[1:-1]):
        # "Faisal bin Farhan bin Abdullah" is "Faisal bin Farhan": a patronymic chain only grows.
        for n in range(len(words) - 1, 2, -1):
            if words[n - 1].lower() not in _PATRONYMIC and words[n - 2].lower() in _PATRONYMIC:
                found = _index().get(translit_key(" ".join(words[:n])))
                if found is not None:
                    break
    return found

