"""Visits of the past recalled in passing: one told as earlier ("в ходе предыдущего визита в
Беларусь в мае прошлого года") with a time of its own, and a trip of the story visit's host
("в ходе визита X в Душанбе в марте" in a report of the guest's visit to X) are visits of their own;
and the guest of a visit told by a participle after his name, whatever the parse hangs it on."""

from __future__ import annotations

from ru_record import events, names


def test_a_visit_told_as_a_previous_one_with_its_own_time_is_another_visit(ru):
    record = ru(" date 2026-11-05\nМинск, 5 ноября. Министр иностранных дел Армении Арарат Мирзоян прибыл в "
                "Минск с рабочим визитом. В ходе предыдущего визита в Беларусь в мае прошлого года "
                "А.Мирзоян был принят Президентом Александром Лукашенко.", published=None)
    [past] = [v for v in events(record, "visit") if v.date is not None and v.date.start == "2025-05"]
    assert past.status == "occurred"
    assert {"Ararat Mirzoyan", "Alexander Lukashenko"} <= names(record, past)


def test_the_hosts_own_trip_recalled_is_another_visit(ru):
    record = ru(" date 2026-10-14\nБишкек, 14 октября – Кабар. Председатель Кабинета Министров Кыргызской "
                "Республики Адылбек Касымалиев провел переговоры с Премьер-министром Республики Таджикистан "
                "Кохиром Расулзода, находящимся в Кыргызстане с официальным визитом. Напомним, в ходе "
                "визита А.Касымалиева в Душанбе в марте текущего года стороны договорились о проведении "
                "бизнес-форума.", published=None)
    visits = events(record, "visit")
    [past] = [v for v in visits if v.date is not None and v.date.start == "2026-03"]
    assert record.actor(past.participants[0]).name == "Adylbek Kasymaliev"  # type: ignore[union-attr]
    [now] = [v for v in visits if v is not past]
    assert record.actor(now.participants[0]).name == "Kokhir Rasulzoda"  # type: ignore[union-attr]
