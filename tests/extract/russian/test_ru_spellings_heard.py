"""Spellings of foreign and regional officials the region's agencies name in Russian: a long Arabic
name matched word by word, the Arabic article before a sun letter, Russian's г for a foreign h, a
Japanese name told without its state, a two-letter surname in the instrumental, a state's own
legislature as the office's state, the Azerbaijani letters, and the agency's scheme for a person
whose state the text never tells."""

from __future__ import annotations

import pytest
from ru_record import events, names, person

from dateline.extract.russian.foreign_names import reads_japanese
from dateline.extract.russian.heard import heard_person


@pytest.mark.parametrize(("cyrillic", "country", "name"), [
    ("Мухаммед бин Салман Аль Сауд", "SAU", "Mohammed bin Salman"),  # the dictionary's entry
    ("Мухаммед бин Салман Аль Сауд", None, "Mohammed bin Salman"),
    ("Абдулла бин Заид Аль Нахайян", None, "Abdullah bin Zayed Al Nahyan"),
    ("Абдель Фаттах ас-Сиси", None, "Abdel Fattah el-Sisi"),
    ("Анвар Ибрагим", None, "Anwar Ibrahim"),
])
def test_names_heard_alike_word_by_word(cyrillic, country, name):
    assert heard_person(cyrillic, country).name == name  # type: ignore[union-attr]


@pytest.mark.parametrize(("words", "japanese"), [
    ("Кэйдзи Фуруя", True), ("Кэнтаро Ямада", True), ("Сатоси Хамада", False),
    ("Ерлан Кошанов", False), ("Айдар Тэмирбеков", False), ("Ухнаагийн Хурэлсух", False),
])
def test_a_japanese_name_told_without_its_state_is_read_by_its_spelling(words, japanese):
    assert reads_japanese(words.split()) is japanese


@pytest.mark.parametrize(("text", "name", "country"), [
    ("ЭР-РИЯД, 9 февраля. /Тренд/. Наследный принц, Премьер-министр Королевства Саудовская Аравия "
     "Мухаммед бин Салман Аль Сауд принял министра экономики Азербайджана Микаила Джаббарова.",
     "Mohammed bin Salman Al Saud", "SAU"),  # named as told (test_ru_arabic_family)
    ("Токио, 14 мая, АЗЕРТАДЖ. Посол Азербайджана встретился с делегацией парламентской группы "
     "дружбы во главе с ее председателем Кэйдзи Фуруей.", "Keiji Furuya", None),
    ("Бишкек, 3 марта /Кабар/. Торага Жогорку Кенеша принял делегацию во главе с депутатом Милли "
     "Меджлиса Севиль Микаиловой.", "Sevil Mikayilova", "AZE"),
    ("АСТАНА, 5 апреля. /Казинформ/. Министр иностранных дел Казахстана встретился с депутатом "
     "Милли Меджлиса Азербайджана Айдыном Гусейновым.", "Aydin Huseynov", "AZE"),
    ("Тбилиси, 7 июня. /Тренд/. Посол Азербайджана Рашад Исмаилов вручил верительные грамоты.",
     "Rashad Ismayilov", "AZE"),
    ("БАКУ, 11 ноября. /Тренд/. Помощник Президента – заведующий Отделом по вопросам внешней "
     "политики Администрации Президента Хикмет Гаджиев встретился с делегацией Совета Европы.",
     "Hikmet Hajiyev", None),
])
def test_officials_spelt_as_english_copy_spells_them(ru, text, name, country):
    found = person(ru(text), name)
    if country is not None:
        assert found.country == country


def test_a_two_letter_surname_in_the_instrumental_loses_its_ending(ru):
    record = ru("Анкара, 2 октября, АЗЕРТАДЖ. Председатель Милли Меджлиса провела переговоры с "
                "Генеральным секретарем ТюркПА Мехметом Сурейей Эром.")
    assert [a.name.split()[-1] for a in record.actors if a.kind == "person"] == ["Er"]


def test_a_person_of_no_state_in_a_kyrgyz_report_keeps_the_general_scheme(ru):
    record = ru("Бишкек, 3 марта /Кабар/. Торага Жогорку Кенеша принял делегацию, в состав которой "
                "вошел депутат Таалайбек Ибраев.")
    assert not [a for a in record.actors if a.name == "Taalaibek Ibraev"]


SIGNED = (
    "ТАШКЕНТ, 5 июня. /УзА/. Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с "
    "министром иностранных дел Латвии Байбой Браже.\n\n"
    "По итогам переговоров подписана Программа сотрудничества в области высшего образования.")

SEALED = SIGNED + " Документ скрепили подписями Б.Саидов и Б.Браже."


def test_a_document_signed_told_passively_names_no_signers(ru):
    record = ru(SIGNED, published="2026-06-05")
    [agreement] = events(record, "agreement")
    assert not any(record.actor(a).kind == "person" for a in agreement.participants)  # type: ignore[union-attr]
    assert sorted(agreement.countries) == ["LVA", "UZB"]


def test_signers_told_in_the_next_sentence_sign_it(ru):
    record = ru(SEALED, published="2026-06-05")
    [agreement] = events(record, "agreement")
    assert names(record, agreement) == {"Bakhtiyor Saidov", "Baiba Braže"}
    assert sorted(agreement.countries) == ["LVA", "UZB"]


def test_a_signing_after_talks_with_no_visit_is_told(ru):
    record = ru(SIGNED.replace("подписана Программа", "подписана Дорожная карта").replace(
        "сотрудничества в области высшего образования", "по развитию торговли"), published="2026-06-05")
    assert [e.kind for e in record.events] == ["meeting", "agreement"]
