"""Talks the text dates before a visit began, told in passing ("Напомним, что в мае прошлого года
..."), were not held during the visit: their people are not its hosts."""

from __future__ import annotations

from ru_record import events, names

VISIT = (
    " date 2025-11-20\n"
    "ТАШКЕНТ, 20 ноября. /УзА/. Делегация Министерства юстиции Кыргызстана во главе с министром "
    "юстиции Кыргызской Республики Аязом Баетовым находится в Ташкенте с рабочим визитом 19-21 ноября.\n\n"
    "Вчера А.Баетов встретился с министром юстиции Узбекистана Акбаром Ташкуловым.\n\n"
    "Напомним, что в мае прошлого года министр юстиции Узбекистана А.Ташкулов и Генеральный прокурор "
    "Кыргызстана Максат Жумабаев провели переговоры в Ташкенте.")


def test_talks_before_the_visit_add_no_host(ru):
    record = ru(VISIT, published=None)
    [visit] = events(record, "visit")
    assert "Maksat Zhumabaev" not in names(record, visit)
    past = [e for e in events(record, "meeting") if e.date is not None and e.date.start == "2024-05"]
    assert past and "Maksat Zhumabaev" in names(record, past[0])
