"""A gathering held within a visit ("в рамках визита", "в ходе визита") with no day of its own
takes the visit's days and status."""

from __future__ import annotations

from ru_record import events

PLANNED = (
    "ТАШКЕНТ, 14 мая. /УзА/. Президент Республики Узбекистан Шавкат Мирзиёев в июне посетит "
    "Венгрию с государственным визитом, сообщила пресс-служба главы государства.\n\n"
    "В рамках визита планируется проведение узбекско-венгерского бизнес-форума в Будапеште.")

OWN_DAY = (
    "ТАШКЕНТ, 14 мая. /УзА/. Президент Республики Узбекистан Шавкат Мирзиёев в июне посетит "
    "Венгрию с государственным визитом.\n\n"
    "В рамках визита 12 июня пройдет узбекско-венгерский бизнес-форум в Будапеште.")


def test_a_gathering_of_a_planned_visit_takes_its_month(ru):
    record = ru(PLANNED, published="2025-05-14")
    [forum] = events(record, "gathering")
    assert forum.status == "planned"
    assert (forum.date.start, forum.date.end) == ("2025-06", "2025-06")  # type: ignore[union-attr]


def test_a_gathering_with_its_own_day_keeps_it(ru):
    record = ru(OWN_DAY, published="2025-05-14")
    [forum] = events(record, "gathering")
    assert forum.date.start == "2025-06-12"  # type: ignore[union-attr]


PAST_AND_PLANNED = (
    "ТАШКЕНТ, 14 мая. /УзА/. Министр иностранных дел Узбекистана Бахтиёр Саидов 12-13 мая "
    "находился в Будапеште с рабочим визитом.\n\n"
    "Стороны обсудили подготовку визита Президента Узбекистана в Венгрию, намеченного на сентябрь. "
    "В рамках визита планируется проведение узбекско-венгерского бизнес-форума в Будапеште.")


def test_a_planned_gathering_takes_the_planned_visit_not_the_past_one(ru):
    record = ru(PAST_AND_PLANNED, published="2025-05-14")
    [forum] = events(record, "gathering")
    assert forum.status == "planned"
    assert forum.date is None or forum.date.start != "2025-05-12"
