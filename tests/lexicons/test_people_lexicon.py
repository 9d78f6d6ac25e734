"""people.yaml, the reviewed list of known office holders, read as plain YAML.

Shape of every entry, valid country codes (ISO alpha-3 or an organisation acronym from
organizations.yaml), names unique across entries ignoring case/diacritics/punctuation,
well-formed tenure dates, and spot checks of a few well-known office holders.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

LEXICONS = Path(__file__).resolve().parents[2] / "dateline" / "lexicons"


def _load(name: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with (LEXICONS / name).open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader


PEOPLE: list[dict[str, Any]] = _load("people.yaml")
ORG_CODES = frozenset(_load("organizations.yaml"))
ISO3 = frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}
VALID_CODES = ISO3 | ORG_CODES
ENTRY_KEYS = {"name", "variants", "country", "roles"}
ROLE_KEYS = {"title", "from", "to", "country"}
DATE = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2]))?$")
# Letters that Unicode does not decompose into base letter + accent.
_FOLD = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "ə": "e"})


def _key(name: str) -> str:
    """Name as compared for uniqueness: no case, diacritics, punctuation or spacing."""
    text = unicodedata.normalize("NFKD", name.casefold().translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _date(value: Any, *, end: bool) -> tuple[int, int]:
    """A YYYY or YYYY-MM tenure bound as (year, month); a bare year spans the whole year."""
    match = DATE.match(str(value))
    assert match, f"bad date {value!r}"
    year, month = int(match.group(1)), match.group(2)
    return year, int(month) if month else (12 if end else 1)


def _all_names(entry: dict[str, Any]) -> list[str]:
    return [entry["name"], *entry["variants"]]


def _person(name: str) -> dict[str, Any]:
    matches = _INDEX.get(_key(name), [])
    assert len(matches) == 1, name
    return matches[0]


def test_file_is_a_list_of_at_least_300_people() -> None:
    assert isinstance(PEOPLE, list)
    assert len(PEOPLE) >= 300


def _shape_problems(entry: dict[str, Any]) -> list[str]:
    if not isinstance(entry, dict) or set(entry) != ENTRY_KEYS:
        return [f"keys must be {sorted(ENTRY_KEYS)}"]
    problems = []
    if not isinstance(entry["variants"], list):
        return ["variants must be a list"]
    names = _all_names(entry)
    if not all(isinstance(n, str) and n and n == n.strip() and "  " not in n for n in names):
        problems.append("names must be non-empty strings without stray spaces")
    elif len(set(names)) != len(names):
        problems.append("a variant repeats the name or another variant")
    if entry["country"] not in VALID_CODES:
        problems.append(f"unknown country {entry['country']!r}")
    if not isinstance(entry["roles"], list) or not entry["roles"]:
        problems.append("no roles")
    return problems


def _role_problems(entry: dict[str, Any], role: Any) -> list[str]:
    if not isinstance(role, dict) or not {"title", "from", "to"} <= set(role) <= ROLE_KEYS:
        return [f"role keys: {role}"]
    problems = []
    if not isinstance(role["title"], str) or not role["title"].strip():
        problems.append(f"role without a title: {role}")
    if "country" in role and (
        role["country"] not in VALID_CODES or role["country"] == entry["country"]
    ):
        problems.append(f"role country unknown or redundant: {role}")
    if not DATE.match(str(role["from"])) or not 1940 <= int(str(role["from"])[:4]) <= 2026:
        problems.append(f"bad from-date: {role}")
    elif role["to"] is not None and (
        not DATE.match(str(role["to"]))
        or _date(role["from"], end=False) > _date(role["to"], end=True)
    ):
        problems.append(f"bad or early to-date: {role}")
    return problems


def test_every_entry_is_well_formed() -> None:
    problems = {
        str(entry.get("name")): found for entry in PEOPLE if (found := _shape_problems(entry))
    }
    assert not problems, problems


def test_every_role_has_a_title_and_ordered_dates() -> None:
    problems = {
        entry["name"]: found
        for entry in PEOPLE
        if (found := [p for role in entry["roles"] for p in _role_problems(entry, role)])
    }
    assert not problems, problems


def _index() -> dict[str, list[dict[str, Any]]]:
    index: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in PEOPLE:
        for key in {_key(n) for n in _all_names(entry)}:
            index[key].append(entry)
    return dict(index)


_INDEX = _index()


def test_names_are_unique_across_entries() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in PEOPLE:
        for name in _all_names(entry):
            owners[_key(name)].add(entry["name"])
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes


def test_uniqueness_key_ignores_case_diacritics_and_punctuation() -> None:
    assert _key("Recep Tayyip Erdoğan") == _key("recep tayyip erdogan")
    assert _key("Lars Løkke Rasmussen") == _key("Lars Lokke Rasmussen")
    assert _key("Hossein Amir-Abdollahian") == _key("Hossein Amir Abdollahian")


def _current(name: str) -> set[tuple[str, str]]:
    """(title, country) of the roles a person still holds."""
    entry = _person(name)
    return {
        (r["title"], r.get("country", entry["country"])) for r in entry["roles"] if r["to"] is None
    }


@pytest.mark.parametrize(
    ("name", "country", "title"),
    [
        ("Ilham Aliyev", "AZE", "President"),
        ("Ilham Aliev", "AZE", "President"),
        ("Sergey Lavrov", "RUS", "Foreign Minister"),
        ("Sergei Lavrov", "RUS", "Foreign Minister"),
        ("Kassym-Jomart Tokayev", "KAZ", "President"),
        ("Kassym-Jomart Tokaev", "KAZ", "President"),
        ("António Guterres", "UN", "Secretary-General"),
        ("Antonio Guterres", "UN", "Secretary-General"),
        ("Shavkat Mirziyoev", "UZB", "President"),
        ("Serdar Berdymukhamedov", "TKM", "President"),
        ("Abbas Araqchi", "IRN", "Foreign Minister"),
        ("Recep Tayyip Erdogan", "TUR", "President"),
        ("Marco Rubio", "USA", "Secretary of State"),
        ("Subrahmanyam Jaishankar", "IND", "External Affairs Minister"),
    ],
)
def test_spot_checks_of_incumbents(name: str, country: str, title: str) -> None:
    assert _person(name)["country"] == country
    assert (title, country) in _current(name)


@pytest.mark.parametrize(
    ("name", "country", "title", "year"),
    [
        ("Hossein Amirabdollahian", "IRN", "Foreign Minister", 2022),
        ("Gurbanguly Berdimuhamedov", "TKM", "President", 2010),
        ("Elmar Mammadyarov", "AZE", "Foreign Minister", 2010),
        ("Ban Ki-moon", "UN", "Secretary-General", 2010),
        ("Ban Ki-moon", "KOR", "Foreign Minister", 2005),
        ("Kassym-Jomart Tokayev", "KAZ", "Chairman of the Senate", 2015),
        ("Vladimir Putin", "RUS", "Prime Minister", 2010),
        ("Donald Tusk", "EU", "President of the European Council", 2017),
        ("David Cameron", "GBR", "Foreign Secretary", 2024),
        ("Mark Rutte", "NLD", "Prime Minister", 2015),
    ],
)
def test_spot_checks_of_past_roles(name: str, country: str, title: str, year: int) -> None:
    entry = _person(name)
    held = {
        (r["title"], r.get("country", entry["country"]))
        for r in entry["roles"]
        if _date(r["from"], end=False) <= (year, 6)
        and (r["to"] is None or (year, 6) <= _date(r["to"], end=True))
    }
    assert (title, country) in held
