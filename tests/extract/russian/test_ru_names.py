"""Names pymorphy3 does not know, put back into the nominative from their case endings."""

from __future__ import annotations

import pytest
from ru_record import person


@pytest.mark.parametrize(("text", "latin", "cyrillic"), [
    # the consonant declension of a man's foreign name, with no title beside it
    ("Посол передал министру приглашение Верховного представителя ЕС по иностранным делам "
     "Жозепа Борреля посетить Брюссель.", "Josep Borrell", "Жозеп Боррель"),
    # a man's name of the -а declension: genitive -ы
    ("В саммите приняли участие Президент Узбекистана Шавкат Мирзиёев и Председатель "
     "Европейского совета Антониу Кошта. Мирзиёев поблагодарил Антониу Кошту за визит.",
     "António Costa", "Антониу Кошта"),
    # a woman's name after a hushing consonant: genitive -и; an indeclinable surname stays
    ("В Баку состоялась встреча министров иностранных дел Азербайджана, Турции и Грузии – "
     "Джейхуна Байрамова, Хакана Фидана и Маки Бочоришвили.", "Maka Botchorishvili",
     "Мака Бочоришвили"),
])
def test_unknown_names_in_oblique_cases(ru, text, latin, cyrillic):
    record = ru("БАКУ, 3 апреля. /Тренд/. " + text)
    assert cyrillic in person(record, latin).aliases
