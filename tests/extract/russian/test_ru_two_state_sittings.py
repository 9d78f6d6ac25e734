"""The sitting of a body of two states told with one state or none ("заседание Межправительственной
комиссии", "Совета стратегического сотрудничества высокого уровня") is a meeting of the story's
two sides: ``dateline/extract/russian/settle.py``."""

from __future__ import annotations

import pytest
from ru_record import events


@pytest.mark.parametrize(("text", "countries", "start"), [
    (" date 2026-02-17\nБАКУ, 17 февраля. /Тренд/. Министр иностранных дел Азербайджана Джейхун "
     "Байрамов провел переговоры с Министром иностранных дел Пакистана Исхаком Даром. Стороны "
     "обсудили подготовку к очередному заседанию Межправительственной комиссии, которое пройдет в "
     "Баку в апреле.", ["AZE", "PAK"], "2026-04"),
    (" date 2026-05-21\nТАШКЕНТ, 21 мая. /УзА/. Президент Республики Узбекистан Шавкат Мирзиёев "
     "провел телефонный разговор с Президентом Турецкой Республики Реджепом Тайипом Эрдоганом. "
     "Особое внимание было уделено подготовке к заседанию Совета стратегического сотрудничества "
     "высокого уровня, которое пройдет осенью в Самарканде.", ["TUR", "UZB"], "2026-09"),
    # a body told joint, whatever its name's other words (naming.body_of_two: joint_words)
    (" date 2026-03-10\nБАКУ, 10 марта. /Тренд/. Министр иностранных дел Азербайджана Джейхун Байрамов "
     "провел телефонный разговор с Министром иностранных дел Венгрии Петером Сийярто. Обсуждена подготовка "
     "официального визита Премьер-министра Венгрии Виктора Орбана в Азербайджан, который запланирован на "
     "апрель.\n\nМинистры "
     "договорились провести очередное заседание Совместной стратегической группы планирования на уровне "
     "заместителей министров в Будапеште в мае.",
     ["AZE", "HUN"], "2026-05"),
])
def test_a_sitting_of_a_two_state_body_is_a_meeting_of_the_two_sides(ru, text, countries, start):
    record = ru(text, published=None)
    sittings = [e for e in record.events if e.trigger.text.startswith("заседани")]
    assert len(sittings) == 1, [(e.kind, e.trigger.text) for e in record.events]
    assert sittings[0].kind == "meeting" and sittings[0].status == "planned"
    assert sorted(sittings[0].countries) == countries
    assert sittings[0].date is not None and sittings[0].date.start == start


def test_a_council_of_an_organisation_stays_multilateral(ru):
    text = (" date 2026-03-02\nМИНСК, 2 марта (БелТА) – Премьер-министр Беларуси Александр Турчин "
            "провел переговоры с Премьер-министром Казахстана Олжасом Бектеновым. Стороны обсудили "
            "подготовку к заседанию Евразийского межправительственного совета, которое пройдет "
            "12-13 марта в Ереване.")
    record = ru(text, published=None)
    assert events(record, "multilateral"), [(e.kind, e.countries) for e in record.events]
    assert "EAEU" in events(record, "multilateral")[0].countries


def test_the_sitting_of_a_council_of_an_organisation_and_a_state_held_at_its_seat(ru):
    record = ru(" date 2026-05-05\nДУШАНБЕ, 5 мая (Ховар). Министр иностранных дел Таджикистана Сирожиддин Мухриддин "
                "провел телефонный разговор с Верховным представителем ЕС по иностранным делам и политике "
                "безопасности Каей Каллас. Стороны обсудили подготовку к заседанию Совета сотрудничества "
                "Европейский союз – Таджикистан, которое состоится в Брюсселе в июле.", published=None)
    sittings = [e for e in record.events if e.trigger.text.startswith("заседани")]
    assert len(sittings) == 1
    assert sittings[0].kind == "meeting" and sorted(sittings[0].countries) == ["EU", "TJK"]
