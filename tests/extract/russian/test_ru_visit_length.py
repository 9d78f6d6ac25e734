"""How long a visit under way lasts: up to the day of what the guest will still do there (a
reception, a council sitting the guest came for) and to the day the guest's stay is said to end
("делегация пробудет в Ашхабаде до 14 мая")."""

from __future__ import annotations

import pytest
from ru_record import events


@pytest.mark.parametrize(("text", "start", "end"), [
    (" date 2025-05-12\nАШХАБАД, 12 мая (ТДХ). Министр иностранных дел Армении Арарат Мирзоян, "
     "находящийся в Туркменистане с официальным визитом, провел в понедельник переговоры с "
     "Заместителем Председателя Кабинета Министров, министром иностранных дел Туркменистана "
     "Рашидом Мередовым.\n\nВ среду Арарат Мирзоян будет принят Президентом Туркменистана "
     "Сердаром Бердымухамедовым, после чего завершит визит.", "2025-05-12", "2025-05-14"),
    (" date 2025-11-26\nБИШКЕК, 26 нояб. 2025. /АКИpress/. Президент Беларуси Александр "
     "Лукашенко, находящийся в Кыргызстане с государственным визитом, провел в среду переговоры "
     "с Президентом Кыргызстана Садыром Жапаровым.\n\nВ пятницу он примет участие в заседании "
     "Совета коллективной безопасности ОДКБ.", "2025-11-26", "2025-11-28"),
    (" date 2025-05-12\nМинистр внутренних дел Туркменистана Мухаммед Хыдыров в понедельник "
     "провел в Ашхабаде переговоры с министром внутренних дел Казахстана Ержаном Саденовым, "
     "прибывшим в Туркменистан с рабочим визитом, сообщает пресс-служба МВД.\n\n"
     "Казахстанская делегация пробудет в Ашхабаде до 14 мая.", "2025-05-12", "2025-05-14"),
])
def test_a_visit_under_way_lasts_to_the_last_day_told(ru, text, start, end):
    record = ru(text, published=None)
    [visit] = events(record, "visit")
    assert visit.status == "occurred"
    assert visit.date is not None and (visit.date.start, visit.date.end) == (start, end)


def test_a_later_engagement_elsewhere_does_not_lengthen_the_visit(ru):
    text = (" date 2025-05-12\nАШХАБАД, 12 мая (ТДХ). Министр иностранных дел Армении Арарат "
            "Мирзоян, находящийся в Туркменистане с официальным визитом, провел в понедельник "
            "переговоры с министром иностранных дел Туркменистана Рашидом Мередовым.\n\n"
            "В пятницу Арарат Мирзоян примет участие в заседании Совета министров иностранных "
            "дел ОДКБ в Москве.")
    record = ru(text, published=None)
    [visit] = events(record, "visit")
    assert visit.date is not None and visit.date.end == "2025-05-12"


def test_a_stay_told_first_is_a_visit_under_way_and_its_talks_are_of_the_day(ru):
    record = ru(" date 2024-10-03\nТАШКЕНТ, 3 октября. /УзА/. Президент Узбекистана Шавкат Мирзиёев "
                "принял делегацию Европейского союза во главе с Высоким представителем ЕС по "
                "иностранным делам и политике безопасности Жозепом Боррелем.\n\nСтороны обсудили "
                "расширение торгово-экономического сотрудничества.\n\nОфициальный представитель МИД "
                "Узбекистана Ахрор Бурханов сообщил, что Боррель пробудет в Ташкенте до субботы.",
                published=None)
    [visit] = events(record, "visit")
    assert visit.status == "occurred"
    assert visit.date is not None and (visit.date.start, visit.date.end) == ("2024-10-03", "2024-10-05")
    [reception] = events(record, "meeting")
    assert reception.date is not None and reception.date.start == "2024-10-03"
