"""Canonical keys for countries, organisations, groups and titles.

A country is its ISO 3166-1 alpha-3 code; an organisation its acronym when it has one, else its
normalised name plus country ("prosecutor general s office|AZE"); a group its sorted members (or
its normalised name); a title the canonical title of the titles lexicon, else its folded form.
"""

from __future__ import annotations

import re
from functools import cache

from dateline.gazetteer import fold, name_key
from dateline.lexicons import load_lexicon

__all__ = [
    "canonical_title",
    "country_name",
    "group_key",
    "organization_key",
    "title_key",
    "title_sector",
]


@cache
def _title_index() -> dict[str, tuple[str, str | None]]:
    """Folded variant -> (canonical title, sector), from the titles lexicon."""
    data = load_lexicon("titles.yaml") or []
    entries = data.get("heads", []) if isinstance(data, dict) else data
    index: dict[str, tuple[str, str | None]] = {}
    for entry in entries:
        if not isinstance(entry, dict) or "title" not in entry:
            continue
        canonical = entry["title"]
        for variant in [canonical, *(entry.get("variants") or [])]:
            index.setdefault(fold(variant), (canonical, entry.get("sector")))
    return index


def canonical_title(title: str) -> str:
    """The lexicon's spelling of a title ("Prosecutor-General" -> "Prosecutor General")."""
    entry = _title_index().get(fold(title))
    return entry[0] if entry else title.strip()


@cache
def _domains() -> dict[str, str]:
    """Folded ministry-domain variant -> folded canonical domain ("foreign" -> "foreign affairs")."""
    data = load_lexicon("titles.yaml")
    domains = data.get("domains", {}) if isinstance(data, dict) else {}
    index: dict[str, str] = {}
    for canonical, variants in (domains or {}).items():
        for variant in [canonical, *(variants or [])]:
            index.setdefault(fold(str(variant)), fold(str(canonical)))
    return index


_MINISTER_OF = re.compile(r"^(?P<mod>(?:\w+ )*?)minister (?:of |for )(?:the )?(?P<domain>.+)$")
_DOMAIN_MINISTER = re.compile(r"^(?P<mod>(?:\w+ )*?)(?P<domain>.+?) minister$")


def _minister_form(folded: str) -> str:
    """"minister of foreign affairs" and "foreign minister" -> "foreign affairs minister"."""
    for pattern in (_MINISTER_OF, _DOMAIN_MINISTER):
        match = pattern.match(folded)
        if match:
            words = (match.group("mod") + match.group("domain")).split()
            for split in range(len(words)):
                mod, domain = words[:split], " ".join(words[split:])
                if domain in _domains():
                    return " ".join([*mod, _domains()[domain], "minister"])
    return folded


def title_key(title: str) -> str:
    """The folded canonical form of an office ("Prosecutor-General" -> "prosecutor general";
    "Minister of Foreign Affairs" and "Foreign Minister" -> "foreign minister")."""
    folded = _minister_form(fold(title))
    canonical = _title_index().get(folded)
    return fold(canonical[0]) if canonical else folded


def title_sector(title: str | None) -> str | None:
    """The PLOVER/CAMEO sector of a title (``GOV``, ``JUD``...), when the lexicon knows it."""
    if not title:
        return None
    entry = _title_index().get(fold(title))
    return entry[1] if entry else None


@cache
def _organizations() -> dict[str, str]:
    names: dict[str, str] = {}
    data = load_lexicon("organizations.yaml") or {}
    for acronym, entry in data.items() if isinstance(data, dict) else []:
        if isinstance(entry, dict):
            names[str(acronym).upper()] = str(entry.get("name") or acronym)
    return names


@cache
def _organization_names() -> dict[str, str]:
    """Folded name variant -> acronym, for organisations the lexicon knows."""
    index: dict[str, str] = {}
    data = load_lexicon("organizations.yaml") or {}
    for acronym, entry in data.items() if isinstance(data, dict) else []:
        if isinstance(entry, dict):
            for variant in [entry.get("name"), *(entry.get("names") or [])]:
                if variant:
                    index.setdefault(fold(str(variant)), str(acronym).upper())
    return index


@cache
def country_name(code: str) -> str:
    """A readable name for an ISO alpha-3 code (or an organisation acronym such as ``UN``)."""
    import pycountry

    record = pycountry.countries.get(alpha_3=code.upper()) if len(code) == 3 else None
    if record is not None:
        return str(getattr(record, "common_name", None) or record.name)
    return _organizations().get(code.upper(), code)


def organization_key(name: str, acronym: str | None = None, country: str | None = None) -> str:
    """Acronym (upper case) when known, else normalised name plus country."""
    if acronym:
        return acronym.upper().replace(".", "")
    known = _organization_names().get(fold(name))
    if known:
        return known
    return f"{name_key(name)}|{country or ''}"


def group_key(name: str, members: list[str] | None = None) -> str:
    """Sorted member codes when known ("AZE+IRN+KAZ+RUS+TKM"), else the normalised name."""
    if members:
        return "+".join(sorted({m.upper() for m in members}))
    return name_key(name)
