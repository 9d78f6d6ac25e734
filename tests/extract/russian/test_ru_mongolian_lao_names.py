"""Mongolian names in the order English reports write them (own name first, the father's name
without its genitive ending), and the aspirated th, ph, kh and the h of Lao, Thai and Khmer names."""

from __future__ import annotations

import pytest
from ru_record import events, names

from dateline.extract.russian.mongolian_names import mongolian_order
from dateline.extract.russian.translit import latin_name


@pytest.mark.parametrize(("cyrillic", "country", "latin"), [
    ("Батмунхийн Батцэцэг", "MNG", "Battsetseg Batmunkh"),
    ("Батмунхийн Батцэцэг", None, "Battsetseg Batmunkh"),    # -ийн: no Russian or Turkic name ends so
    ("Цогтбаатарын Ганзориг", "MNG", "Ganzorig Tsogtbaatar"),  # -ын after a consonant
    ("Батцэцэг Батмунх", "MNG", "Battsetseg Batmunkh"),       # told in the English order already
    ("Гомбожавын Занданшатар", "MNG", "Gombojavyn Zandanshatar"),  # the dictionary's person
])
def test_a_mongolian_name_puts_the_own_name_first(cyrillic, country, latin):
    assert latin_name(cyrillic, country)[0] == latin


@pytest.mark.parametrize(("cyrillic", "country"), [
    ("Алтын Тулегенова", None), ("Алтын Тулегенова", "KAZ"), ("Касын Омаров", None), ("Иван Петров", "MNG"),
])
def test_other_names_keep_their_order(cyrillic, country):
    assert mongolian_order(cyrillic, country) is None


def test_the_genitive_after_a_vowel_keeps_its_short_i():
    assert mongolian_order("Лувсаннамсрайн Оюун", "MNG") == "Оюун Лувсаннамсрай"


@pytest.mark.parametrize(("cyrillic", "country", "latin"), [
    ("Тхонгсаван Пхомвихан", "LAO", "Thongsavan Phomvihan"),
    ("Прак Сокхонн", "KHM", "Prak Sokhonn"),
    ("Тхонгсаван Пхомвихан", "KAZ", "Tkhongsavan Pkhomvikhan"),  # only for these states' people
])
def test_aspirated_letters_of_lao_thai_and_khmer_names(cyrillic, country, latin):
    assert latin_name(cyrillic, country)[0] == latin


def test_a_thai_given_name():
    assert latin_name("Пхумтхам Вечаячай", "THA")[0].split()[0] == "Phumtham"


def test_a_mongolian_minister_at_talks(ru):
    record = ru("АСТАНА. КАЗИНФОРМ – Министр иностранных дел Казахстана Ермек Кошербаев провел переговоры с "
                "Министром иностранных дел Монголии Батмунхийн Батцэцэг.", published="2026-03-02")
    [meeting] = events(record, "meeting")
    assert names(record, meeting) == {"Yermek Kosherbayev", "Battsetseg Batmunkh"}


def test_a_vietnamese_name_of_three_words_is_no_dictionary_name_of_two():
    assert latin_name("Лыонг Там Куанг", "VNM")[0] == "Luong Tam Quang"  # not President Luong Cuong


@pytest.mark.parametrize(("cyrillic", "own_first"), [
    ("Хурэлбаатрын Энхтур", "Энхтур Хурэлбаатар"),
    ("Бат-Эрдэнийн Батбаяр", "Батбаяр Бат-Эрдэнэ"),
    ("Ганцэцгийн Сэрээжав", "Сэрээжав Ганцэцэг"),
    ("Очрын Дорж", "Дорж Очир"),
])
def test_a_fathers_name_gets_back_the_vowel_its_genitive_dropped(cyrillic, own_first):
    assert mongolian_order(cyrillic, "MNG") == own_first


@pytest.mark.parametrize(("cyrillic", "country", "latin"), [
    ("Энхбаярын Түвшинжаргал", "MNG", "Tuvshinjargal Enkhbayar"),
    ("Чойжилсүрэнгийн Батсайхан", None, "Batsaikhan Choijilsuren"),  # Mongolian by its genitive alone
])
def test_a_mongolian_name_writes_j_for_zh(cyrillic, country, latin):
    assert latin_name(cyrillic, country)[0] == latin


@pytest.mark.parametrize(("cyrillic", "own_first"), [
    ("Оюунгэрлийн Бат", "Бат Оюунгэрэл"),
    ("Дэмбэрлийн Сүхбат", "Сүхбат Дэмбэрэл"),
    ("Лхагвын Болд", "Болд Лхагва"),  # no Mongolian word ends in a consonant and в: the harmony's vowel
    ("Пүрэвдагвын Энх", "Энх Пүрэвдагва"),
    ("Пүрэвийн Бат", "Бат Пүрэв"),  # в after a vowel ends a word
])
def test_more_fathers_names_get_back_their_last_vowel(cyrillic, own_first):
    assert mongolian_order(cyrillic, "MNG") == own_first


def test_the_speaker_of_the_khural_in_the_instrumental(ru):
    record = ru("МИНСК, 4 марта /БелТА/. Председатель Палаты представителей Национального собрания Беларуси "
                "Игорь Сергеенко провел переговоры с Председателем Великого Государственного Хурала Монголии "
                "Дашзэгвийн Амарбаясгаланом.", published="2026-03-04")
    [meeting] = events(record, "meeting")
    assert names(record, meeting) == {"Igor Sergeenko", "Amarbayasgalan Dashzegve"}
    khural = [a for a in record.actors if a.name == "Amarbayasgalan Dashzegve"]
    assert khural and khural[0].country == "MNG"
