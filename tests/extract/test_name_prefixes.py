"""Styles before names and one-word short forms of names."""

from __future__ import annotations

import pytest

from dateline.extract.known import known_person
from dateline.extract.name_prefixes import strip_prefix
from dateline.extract.names import short_forms
from dateline.gazetteer import translit_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Datuk Seri Aminah Yusof", "Aminah Yusof"),
        ("His Royal Highness Prince Karim", "Prince Karim"),  # Prince is a title, not a style
        ("Tan Sri Lim Boon Hock", "Lim Boon Hock"),
        ("Sri Wahyuni Lestari", "Sri Wahyuni Lestari"),  # a given name, not a style
        ("Sheikh", "Sheikh"),  # a style alone stays
    ],
)
def test_strip_prefix(text, expected):
    assert strip_prefix(text) == expected


def test_short_forms_of_long_and_patronymic_names():
    assert "tavares" in short_forms("Jose Carlos Tavares Neto")
    assert translit_key("Khalid") in short_forms("Khalid bin Salem Al Harthy")
    assert short_forms("Kamran Aliyev") == []
    assert "de" not in short_forms("Maria Jose de la Cruz")


def test_known_person_by_a_longer_patronymic_chain():
    short = known_person("Faisal bin Farhan")
    assert short is not None
    assert known_person("Faisal bin Farhan bin Abdullah") == short
