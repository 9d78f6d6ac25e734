"""Names put back into the nominative and spelt as the region's agencies write them: a man's
accusative with a word of the -а declension, a two-letter surname, a title over an organisation
whose acronym stands in brackets, Kazakh surnames in -ай, Latvian names softened by Russian."""

from __future__ import annotations

import pytest
from ru_record import person


def test_a_mans_accusative_after_an_organisation_in_brackets(ru):
    record = ru("АСТАНА. КАЗИНФОРМ – Председатель Сената Парламента Казахстана принял "
                "Генерального секретаря Организации тюркских государств (ОТГ) Кемаля Мусу Ора, "
                "находящегося в Астане с рабочим визитом.", published="2025-06-11")
    official = next(a for a in record.actors if a.kind == "person" and "Кемаль Муса Ор" in a.aliases)
    assert official.title == "Secretary-General"
    assert official.country == "OTS"


def test_a_kazakh_surname_in_ai_ends_in_ay(ru):
    record = ru("АСТАНА. КАЗИНФОРМ – Заместитель министра иностранных дел Казахстана Нурлан "
                "Жолдыбай провел консультации с делегацией Монголии.", published="2025-06-11")
    assert "Нурлан Жолдыбай" in person(record, "Nurlan Zholdybay").aliases


def test_a_latvian_name_keeps_its_plain_n(ru):
    record = ru("РИГА, 4 марта. /ТАСС/. Посол Казахстана встретился с государственным секретарем "
                "МИД Латвии Ингой Берзиней.", published="2025-03-04")
    assert "Инга Берзиня" in person(record, "Inga Berzina").aliases


@pytest.mark.parametrize(("text", "cyrillic", "title", "country"), [
    # "Временного поверенного" lemmatises to "временной поверить": the office in every case
    ("ТАШКЕНТ, 2 июня. /УзА/. Министр иностранных дел Узбекистана принял Временного поверенного "
     "в делах Франции в Узбекистане Жана Дюпона.", "Жан Дюпон", "Chargé d'Affaires", "FRA"),
    # the press secretary of a leader named by a demonym
    ("ТАШКЕНТ, 2 июня. /УзА/. Об этом журналистам сообщил пресс-секретарь узбекского лидера "
     "Шерзод Асадов.", None, "Presidential Press Secretary", "UZB"),
    ("РИГА, 4 марта. /ТАСС/. Председатель Сейма Латвии Эдвардс Смилтенс принял делегацию "
     "Милли Меджлиса Азербайджана.", None, "Speaker of the Saeima", "LVA"),
])
def test_offices_in_any_case(ru, text, cyrillic, title, country):
    record = ru(text, published="2025-06-02")
    official = next(a for a in record.actors if a.kind == "person" and a.title == title)
    assert official.country == country
    if cyrillic is not None:
        assert cyrillic in official.aliases
