"""A visit to come told with its visitor and the state visited is hosted by the one official of
that state the report shows engaging with the visitor (a head of state by a head of state); a
visit agreed on ("достигнута договоренность о проведении визита") is to come."""

from __future__ import annotations

from ru_record import events, names

AGREED = (
    "БИШКЕК, 4 марта /Кабар/. Президент Кыргызской Республики Садыр Жапаров провел телефонный "
    "разговор с Президентом Республики Казахстан Касым-Жомартом Токаевым.\n\n"
    "Главы государств обсудили вопросы водно-энергетического сотрудничества. Также была достигнута "
    "договоренность о проведении официального визита Президента Кыргызской Республики в Республику "
    "Казахстан в мае текущего года.")

PREPARED = (
    "МИНСК, 9 февраля. /БЕЛТА/. Президент Беларуси Александр Лукашенко провел телефонный разговор "
    "с Президентом Вьетнама Лыонг Кыонгом.\n\n"
    "Стороны обсудили подготовку государственного визита Президента Вьетнама в Беларусь, "
    "который запланирован на июнь.")

MINISTER = (
    "МИНСК, 9 февраля. /БЕЛТА/. Министр иностранных дел Беларуси Максим Рыженков провел "
    "телефонный разговор с Президентом Вьетнама Лыонг Кыонгом.\n\n"
    "Стороны обсудили подготовку государственного визита Президента Вьетнама в Беларусь, "
    "который запланирован на июнь.")


def test_a_visit_agreed_on_is_to_come_and_hosted_by_the_other_president(ru):
    record = ru(AGREED, published="2026-03-04")
    [visit] = events(record, "visit")
    assert visit.status == "planned"
    assert names(record, visit) == {"Sadyr Japarov", "Kassym-Jomart Tokayev"}


def test_a_prepared_visit_is_hosted_by_the_president_who_called(ru):
    record = ru(PREPARED, published="2026-02-09")
    [visit] = events(record, "visit")
    assert visit.status == "planned"
    assert "Alexander Lukashenko" in names(record, visit)


def test_a_minister_does_not_host_a_presidents_visit(ru):
    record = ru(MINISTER, published="2026-02-09")
    [visit] = events(record, "visit")
    assert names(record, visit) == {"Luong Cuong"}
