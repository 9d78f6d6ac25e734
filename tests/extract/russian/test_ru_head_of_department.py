"""A head of department's offices in the genitive run on to the state's highest office
("руководитель отдела ... Администрации Президента"): that office is the administration's, no
title of the head of department's (``titles._heads_offices``)."""

from __future__ import annotations

from ru_record import person


def test_the_president_of_an_administration_is_no_title(ru):
    record = ru("ТАШКЕНТ, 3 марта. /УзА/. Как сообщил заведующий отделом международных связей "
                "Администрации Президента Республики Узбекистан Фаррух Рахимов, визит состоится в мае.",
                published="2026-03-03")
    head = person(record, "Farrukh Rakhimov")
    assert head.title == "Head of Department" and head.country == "UZB"


def test_the_head_of_a_unit_of_the_administration(ru):
    record = ru("БИШКЕК, 3 марта. /Кабар/. Об этом сообщил начальник отдела протокола Аппарата "
                "Администрации Президента Бакыт Осмонов.", published="2026-03-03")
    assert person(record, "Bakyt Osmonov").title == "Head of Department"
