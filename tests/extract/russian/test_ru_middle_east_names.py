"""Arabic and Persian names the dictionary lacks, spelt as English copy writes them: h where the
Persian or Arabic letter is h, gh and ou in Persian names, w for the Arabic в, also for a name of
no told state that an Arabic particle marks."""

from __future__ import annotations

from ru_record import person


def test_a_persian_name_of_a_person_of_iran(ru):
    record = ru(
        " date 2026-06-16\n"
        "БИШКЕК, 16 июня – Кабар. Заместитель министра иностранных дел Кыргызстана Азиз Азизов провел "
        "консультации с заместителем министра иностранных дел Ирана Мехди Сафари.", published=None)
    assert person(record, "Mehdi Safari").country == "IRN"


def test_persian_gh_and_ou(ru):
    record = ru(
        " date 2026-10-07\n"
        "АШХАБАД, 7 октября (ТДХ). Министр иностранных дел Туркменистана Рашид Мередов принял "
        "заместителя министра иностранных дел Ирана Казема Гарибабади. В тот же день состоялась "
        "встреча с Послом Ирана в Туркменистане Ахмадали Гударзи.", published=None)
    person(record, "Kazem Gharibabadi")
    person(record, "Ahmadali Goudarzi")


def test_an_arabic_given_name_with_h_and_the_arabic_w(ru):
    record = ru(
        " date 2026-03-30\n"
        "АСТАНА, 30 марта. /Казинформ/. Министр иностранных дел Казахстана Ермек Кошербаев встретился с "
        "министром иностранных дел Кувейта Хамданом Аль-Валидом.", published=None)
    person(record, "Hamdan Al-Walid")


def test_an_untitled_name_an_arabic_particle_marks(ru):
    record = ru(
        " date 2026-06-19\n"
        "ДУШАНБЕ, 19 июня /НИАТ «Ховар»/. Президент Таджикистана Эмомали Рахмон принял Хишама бин "
        "Валида аль-Ахмади. Стороны обсудили вопросы сотрудничества.", published=None)
    person(record, "Hisham bin Walid Al-Ahmadi")


def test_a_given_name_with_kh_keeps_it(ru):
    record = ru(
        " date 2026-03-30\n"
        "АСТАНА, 30 марта. /Казинформ/. Председатель Сената Маулен Ашимбаев встретился с Председателем "
        "Консультативного совета Омана Халидом Аль-Маавали.", published=None)
    person(record, "Khalid Al-Maawali")
