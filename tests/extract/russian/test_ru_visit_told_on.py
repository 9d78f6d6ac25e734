"""A visit under way told on: "Визит продлится до 10 апреля" (its last day, ``again.py``), and
the guest's own further stops that name no other state ("11 декабря Президент посетит провинцию
Синьцзян", "делегация посетит Академию": the same visit, ``frame.py``)."""

from __future__ import annotations

from ru_record import events

_TEXT = (
    " date 2024-12-11\nБИШКЕК, 11 дек. 2024. /АКИpress/. Президент Кыргызстана Садыр Жапаров 10 "
    "декабря в рамках государственного визита в Китайскую Народную Республику провел переговоры с "
    "Председателем КНР Си Цзиньпином.\n\nВ тот же день С.Жапаров встретился с Премьером "
    "Госсовета КНР Ли Цяном. 11 декабря Президент Кыргызстана посетит провинцию Синьцзян.\n\n"
    "Государственный визит С.Жапарова в Китай продлится до 12 декабря.")


def test_one_visit_to_its_last_day(ru):
    record = ru(_TEXT, published=None)
    visits = events(record, "visit")
    assert len(visits) == 1, [(e.status, e.countries, e.trigger.text) for e in visits]
    assert visits[0].status == "occurred"
    assert visits[0].date is not None and (visits[0].date.start, visits[0].date.end) == ("2024-12-10", "2024-12-12")


def test_the_same_day_after_talks_dated_in_the_text(ru):
    record = ru(_TEXT, published=None)
    [li] = [e for e in events(record, "meeting") if "Li Qiang" in {record.actor(a).name for a in e.participants}]
    assert li.date is not None and li.date.start == "2024-12-10"


def test_a_return_visit_to_the_guests_state_is_another_visit(ru):
    text = (" date 2025-07-03\nМИНСК, 3 июля (БелТА) – Президент Беларуси Александр Лукашенко во "
            "вторник провел переговоры с Президентом Узбекистана Шавкатом Мирзиёевым, который "
            "находится в Беларуси с государственным визитом.\n\nАлександр Лукашенко принял "
            "приглашение посетить Узбекистан с ответным визитом в следующем году.")
    record = ru(text, published=None)
    planned = [e for e in events(record, "visit") if e.status == "planned"]
    assert len(planned) == 1 and planned[0].date is not None and planned[0].date.start == "2026"
