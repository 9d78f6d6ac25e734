"""Bilateral meetings told together ("провел двусторонние встречи с A и B") are one meeting with
each counterpart; a hyphenated surname the NER missed after a title is still a name."""

from __future__ import annotations

from ru_record import events, names, person

TEXT = ("ТАШКЕНТ, 12 мая. /УзА/. Министр иностранных дел Узбекистана Бахтиёр Саидов принял участие в "
        "заседании Совета министров иностранных дел ШОС в Астане.\n\nНа полях заседания Б.Саидов провел "
        "двусторонние встречи с Министром иностранных дел Индии Субраманьямом Джайшанкаром и Министром "
        "иностранных дел Пакистана Исхаком Даром.")


def test_one_meeting_with_each_counterpart(ru):
    record = ru(TEXT, published="2026-05-12")
    meetings = [e for e in events(record, "meeting") if e.trigger.text == "встречи"]
    assert sorted(sorted(e.countries) for e in meetings) == [["IND", "UZB"], ["PAK", "UZB"]]
    assert {frozenset(names(record, e)) for e in meetings} == {
        frozenset({"Bakhtiyor Saidov", "Subramanyam Jaishankar"}), frozenset({"Bakhtiyor Saidov", "Ishaq Dar"})}
    assert not [e for e in events(record, "multilateral") if e.trigger.text == "встречи"]


def test_talks_of_three_told_without_bilateral_stay_one(ru):
    text = TEXT.replace("двусторонние встречи", "встречу")
    record = ru(text, published="2026-05-12")
    assert len([e for e in record.events if "встречу" in e.trigger.text]) == 1


def test_a_hyphenated_surname_after_a_title(ru):
    record = ru("Баку, 2 октября. В заседании приняли участие также Генеральный прокурор Исламской Республики "
                "Иран Мохаммад Мовахеди-Азад, Генеральный прокурор Туркменистана Батыр Аманов.",
                published="2025-10-02")
    assert person(record, "Mohammad Movahedi-Azad").country == "IRN"
