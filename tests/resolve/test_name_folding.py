"""Name folding and transliteration skeletons."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.resolve.names import parse_person_name, skeleton


@pytest.mark.parametrize(("a", "b"), [
    ("Aliyev", "Aliev"), ("Aliyev", "Əliyev"), ("Mirziyoyev", "Mirziyoev"),
    ("Tokayev", "Tokaev"), ("Zhandos", "Jandos"), ("Zelensky", "Zelenskyy"),
    ("Zelensky", "Zelenskiy"), ("Nazarbayev", "Nazarbaev"), ("Erdoğan", "Erdogan"),
    ("Kassym-Jomart", "Kasym-Zhomart"), ("Yerlan", "Erlan"),
])
def test_variants_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Aliyev", "Aliyeva"), ("Ilham", "Kamran"), ("Asylov", "Asanov"), ("Umarov", "Umirov"),
])
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


def test_parse_full_initial_and_surname() -> None:
    full = parse_person_name("Kamran Aliyev")
    assert (full.given, full.initial, full.surname) == ("kamran", "k", "aliev")
    initial = parse_person_name("K. Aliyev")
    assert (initial.given, initial.initial, initial.surname) == ("", "k", "aliev")
    surname = parse_person_name("Aliyev")
    assert surname.surname_only and surname.surname == "aliev"
    patronymic = parse_person_name("Ilham Heydar oglu Aliyev")
    assert (patronymic.given, patronymic.surname) == ("ilham", "aliev")
    assert parse_person_name("Zh. Umiraliyev").initial == parse_person_name(
        "Zhandos Umiraliyev").initial


@given(st.text(max_size=40))
def test_skeleton_is_ascii(text: str) -> None:
    assert skeleton(text).isascii()
