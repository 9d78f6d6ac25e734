"""Heads of a ministry's main department and defence attachés are titles, their state the one the
offices after them name (``ru_titles.yaml``)."""

from __future__ import annotations

from ru_record import person


def test_the_head_of_a_main_department_serves_the_ministry_s_state(ru):
    record = ru("МИНСК, 20 ноя – БЕЛТА. Министр обороны Беларуси Виктор Хренин встретился с "
                "начальником Главного управления военного сотрудничества Министерства обороны "
                "Ирана Мохаммадом Ахмадзаде.", published="2026-11-20")
    heads = [a for a in record.actors if a.kind == "person" and a.title == "Head of Department"]
    assert heads and heads[0].country == "IRN"


def test_a_defence_attache_is_a_title(ru):
    record = ru("Ашхабад, 20 ноября (ТДХ). Заместитель министра обороны Туркменистана встретился с "
                "атташе по вопросам обороны Китая Лю Бином.", published="2026-11-20")
    attache = person(record, "Liu Bing")
    assert attache.country == "CHN" and attache.title == "Defense Attaché"
