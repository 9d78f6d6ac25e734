"""The Vietnamese tr, which Russian writes "ч" ("Ле Хоай Чунг" -> Le Hoai Trung; the Vietnamese ch
is "ть"), and a person the dictionary knows with ch whom copy writes with "ч" ("Фам Минь Чинь")."""

from __future__ import annotations

import pytest

from dateline.extract.russian.translit import latin_name


@pytest.mark.parametrize(("cyrillic", "country", "latin"), [
    ("Ле Хоай Чунг", "VNM", "Le Hoai Trung"),
    ("Чыонг Тхань Хай", "VNM", "Truong Thanh Hai"),
    ("Нгуен Ван Чунг", None, "Nguyen Van Trung"),  # a Vietnamese surname, no state told
])
def test_che_is_tr(cyrillic, country, latin):
    assert latin_name(cyrillic, country)[0] == latin


def test_a_known_person_written_with_che_keeps_the_dictionary_name():
    name, known = latin_name("Фам Минь Чинь", "VNM")
    assert known is not None and name == known.name == latin_name("Фам Минь Тьинь", "VNM")[0]


def test_chinese_che_stays_ch():
    assert latin_name("Хань Чуньлинь", "CHN")[0] == "Han Chunlin"
