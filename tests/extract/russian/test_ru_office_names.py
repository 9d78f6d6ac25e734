"""Offices as the text first gives them (evaluate/data/ru_dev/README.md): "Председатель Мажилиса
Парламента" -> Chairman of the Mazhilis of the Parliament (and "Председатель Мажилиса" later is
that person), "Торага" -> Toraga, "Председатель Милли Меджлиса" -> Chair of the Milli Majlis, a
spokesperson in the word for the bearer's gender."""

from __future__ import annotations

from ru_record import events, names, person


def test_the_parliaments_name_stays_in_the_title_and_the_office_alone_finds_its_holder(ru):
    record = ru(
        " date 2025-10-02\n"
        "БИШКЕК, 2 октября. /Кабар/. Торага Жогорку Кенеша Кыргызской Республики Нурланбек Тургунбек "
        "уулу встретился с Председателем Сената Парламента Республики Казахстан Мауленом Ашимбаевым.\n\n"
        "Председатель Сената пригласил Нурланбека Тургунбек уулу посетить Астану.", published=None)
    assert person(record, "Maulen Ashimbayev").title == "Chairman of the Senate of the Parliament"
    toraga = [a for a in record.actors if a.kind == "person" and a.name.startswith("Nurlanbek")]
    assert toraga and toraga[0].title == "Toraga of the Jogorku Kenesh"
    [invitation] = events(record, "invitation")
    assert "Maulen Ashimbayev" in names(record, invitation)


def test_the_chair_of_the_milli_majlis(ru):
    record = ru(" date 2025-04-08\nБаку, 8 апреля, АЗЕРТАДЖ. Председатель Милли Меджлиса Сахиба "
                "Гафарова приняла посла Италии в Азербайджане.", published=None)
    assert person(record, "Sahiba Gafarova").title == "Chair of the Milli Majlis"


def test_a_spokespersons_title_follows_the_given_name(ru):
    record = ru(" date 2025-04-08\nТАШКЕНТ, 8 апреля. /УзА/. Пресс-секретарь Министерства иностранных "
                "дел Узбекистана Ахрор Бурханов и официальный представитель МИД Казахстана Айгерим "
                "Сейтказы рассказали о подготовке визита.", published=None)
    assert person(record, "Akhror Burkhanov").title == "Foreign Ministry Spokesman"
    assert person(record, "Aigerim Seitkazy").title == "Foreign Ministry Spokeswoman"
