"""Arabic and Persian names the dictionary lacks, spelt as English copy writes them: h where the
Persian or Arabic letter is h, gh and ou in Persian names, w for the Arabic в, also for a name of
no told state that an Arabic particle marks; a given name with kh keeps it."""

from __future__ import annotations

import pytest
from ru_record import person

_CASES = [
    # a Persian name of a person of Iran: h for the inner х
    ("БИШКЕК, 16 июня – Кабар. Заместитель министра иностранных дел Кыргызстана Азиз Азизов провел "
     "консультации с заместителем министра иностранных дел Ирана Мехди Сафари.", ["Mehdi Safari"]),
    # Persian gh and ou
    ("АШХАБАД, 7 октября (ТДХ). Министр иностранных дел Туркменистана Рашид Мередов принял "
     "заместителя министра иностранных дел Ирана Казема Гарибабади. В тот же день состоялась "
     "встреча с Послом Ирана в Туркменистане Ахмадали Гударзи.", ["Kazem Gharibabadi", "Ahmadali Goudarzi"]),
    # an Arabic given name with h, and the Arabic w
    ("АСТАНА, 30 марта. /Казинформ/. Министр иностранных дел Казахстана Ермек Кошербаев встретился с "
     "министром иностранных дел Кувейта Хамданом Аль-Валидом.", ["Hamdan Al-Walid"]),
    # a name of no told state that an Arabic particle marks
    ("ДУШАНБЕ, 19 июня /НИАТ «Ховар»/. Президент Таджикистана Эмомали Рахмон принял Хишама бин "
     "Валида аль-Ахмади. Стороны обсудили вопросы сотрудничества.", ["Hisham bin Walid Al-Ahmadi"]),
    # a given name with kh keeps it
    ("АСТАНА, 30 марта. /Казинформ/. Председатель Сената Маулен Ашимбаев встретился с Председателем "
     "Консультативного совета Омана Халидом Аль-Маавали.", ["Khalid Al-Maawali"]),
]


@pytest.mark.parametrize(("text", "spelt"), _CASES)
def test_arabic_and_persian_spellings(ru, text, spelt):
    record = ru(" date 2026-06-16\n" + text, published=None)
    for name in spelt:
        person(record, name)
