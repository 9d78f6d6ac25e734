"""Korean names told without their state, read by their shape (a surname of the table and a given
name of two one-syllable words), the syllable's closing consonant as Revised Romanization writes it,
and the dictionary's spelling of a Korean person found across the Latin spellings of one name;
the Vietnamese ch Russian writes "ть"; a one-word title told as a given name after a title."""

from __future__ import annotations

import pytest
from ru_record import events, names, person

from dateline.extract.russian.foreign_names import declined_syllable, foreign_latin
from dateline.extract.russian.translit import latin_name


@pytest.mark.parametrize(("cyrillic", "country", "latin"), [
    ("Ли Чжэ Мён", None, "Lee Jae-myung"),   # no state told: the shape says Korean; the dictionary's spelling
    ("Ли Джэ Мён", "KOR", "Lee Jae-myung"),  # myeon ~ myung: Kontsevich's н is n or ng
    ("Хан Дук Су", None, "Han Duck-soo"),    # the closing к is k
    ("Ким Мин Сок", None, "Kim Min-seok"),   # о before a closing к is eo
])
def test_korean_names_find_the_dictionary_spelling(cyrillic, country, latin):
    assert latin_name(cyrillic, country)[0] == latin


def test_a_closing_consonant_is_voiceless():
    assert foreign_latin("Пак Сок Чун", "KOR") == "Park Seok-jun"


@pytest.mark.parametrize("cyrillic", ["Ли Цян", "Ван Дуннин", "Ли Анна Сергеевна"])
def test_chinese_and_other_names_are_no_korean_names(cyrillic):
    assert "-" not in latin_name(cyrillic)[0]


def test_an_untitled_korean_name_in_the_instrumental_is_the_dictionary_person(ru):
    record = ru("АСТАНА. КАЗИНФОРМ – Глава государства Касым-Жомарт Токаев провел телефонный разговор с "
                "Ли Джэ Мёном. Собеседники обсудили подготовку к визиту в Сеул.", published="2025-11-03")
    [call] = events(record, "call")
    assert names(record, call) == {"Kassym-Jomart Tokayev", "Lee Jae-myung"}


def test_the_vietnamese_ch_written_tsoft_sign():
    assert latin_name("Фам Минь Тьинь")[0] == latin_name("Фам Минь Чинь", "VNM")[0]


def test_a_title_word_told_as_a_given_name_after_a_title_with_its_state(ru):
    record = ru("АБУ-ДАБИ, 3 марта /Тренд/. Министр промышленности и передовых технологий ОАЭ Султан "
                "аль-Джабер провел встречу с министром экономики Азербайджана Микаилом Джаббаровым.",
                published="2025-03-03")
    minister = person(record, "Sultan al-Jaber")
    assert (minister.title, minister.country) == ("Industry Minister", "ARE")


def test_an_indeclinable_surname_tells_no_gender_of_the_given_name(ru):
    record = ru("СЕУЛ, 9 апреля. /Тренд/. Министр экономики Азербайджана Микаил Джаббаров провел переговоры с "
                "Ли Мин Соком, вице-министром торговли Республики Корея.", published="2025-04-09")
    assert person(record, "Lee Min-seok").aliases == ["Ли Мин Сок"]  # not "Соком" (read as a woman)


@pytest.mark.parametrize(("cyrillic", "country", "nominative"), [
    ("Чо Тхэ Ёля", "KOR", "Чо Тхэ Ёль"),       # a soft stem: -я
    ("Ле Хоай Чунга", None, "Ле Хоай Чунг"),    # a Vietnamese surname tells the shape
    ("Буй Тхань Шоном", "VNM", "Буй Тхань Шон"),
    ("Ким Чен Ына", None, "Ким Чен Ын"),
    ("Нгуен Ван Хоа", "VNM", "Нгуен Ван Хоа"),  # one syllable: as written
    ("Нгуен Тхи Нга", None, "Нгуен Тхи Нга"),
])
def test_a_declined_last_syllable_of_an_east_asian_name_is_undone(cyrillic, country, nominative):
    assert declined_syllable(cyrillic, country) == nominative


def test_a_vietnamese_name_declined_after_a_noun_is_one_person(ru):
    record = ru("Минск, 27 мая. Министр иностранных дел Беларуси Максим Рыженков провел переговоры с "
                "Министром иностранных дел Вьетнама Ле Хоай Чунгом. В программе визита Ле Хоай Чунга "
                "также встреча с Премьер-министром Беларуси.")
    people = {a.name for a in record.actors if a.kind == "person"}
    assert "Le Hoai Trunga" not in people and "Le Hoai Trung" in people
