"""The word lists of the people, name, header and place stages, read as plain YAML.

Every list holds strings (YAML would read a bare ``on`` or ``no`` as a boolean), no list
repeats a word, words matched on lower-case tokens are lower case, and country codes are
valid ISO alpha-3 codes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

LEXICONS = Path(__file__).resolve().parents[2] / "dateline" / "lexicons"
FILES = ("people_titles.yaml", "people_coref.yaml", "name_words.yaml", "header_words.yaml",
         "place_words.yaml")
# Lists matched as written, not on lower-case tokens.
AS_WRITTEN = {("people_coref.yaml", "generic_organizations"), ("header_words.yaml", "time_zones"),
              ("header_words.yaml", "tag_prefixes"), ("name_words.yaml", "family_name_first"),
              ("name_words.yaml", "family_name_first_coref")}


def _load(name: str) -> dict[str, Any]:
    with (LEXICONS / name).open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict), name
    return data


LISTS = [(name, key, words) for name in FILES for key, words in _load(name).items()]


@pytest.mark.parametrize(("name", "key", "words"), LISTS, ids=[f"{n}:{k}" for n, k, _ in LISTS])
def test_a_list_of_distinct_strings(name: str, key: str, words: Any) -> None:
    assert isinstance(words, list) and words, (name, key)
    assert all(isinstance(w, str) and w.strip() == w and w for w in words), (name, key, words)
    assert len(set(words)) == len(words), (name, key)
    if (name, key) not in AS_WRITTEN:
        assert all(w == w.lower() for w in words), (name, key)


def test_family_name_first_codes_are_countries() -> None:
    names = _load("name_words.yaml")
    codes = names["family_name_first"] + names["family_name_first_coref"]
    assert all(pycountry.countries.get(alpha_3=c) is not None for c in codes)
    assert not set(names["family_name_first"]) & set(names["family_name_first_coref"])


def test_translit_table_rows() -> None:
    rows = [line.split("\t") for line in (LEXICONS / "translit.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert {row[0] for row in rows} == {"skeleton", "key"}
    assert all(2 <= len(row) <= 3 and row[1] for row in rows)
