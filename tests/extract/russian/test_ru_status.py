"""Status of a Russian event told by a noun: the relative clause that agrees with it ("к
заседанию ..., которое состоится"), the predicate of a noun in the nominative ("конференция ...
пройдут"), a date already gone by; a reporting clause after a quotation's dash names no party."""

from __future__ import annotations

import pytest
from ru_record import events, names


@pytest.mark.parametrize(("text", "kind"), [
    # the relative clause hangs on "заседанию" (neuter) across a council's long genitive name
    (" date 2025-09-03\nДУШАНБЕ, 03.09.2025 /НИАТ «Ховар»/. Министр иностранных дел Таджикистана "
     "Сироджиддин Мухриддин принял посла Японии Хироси Кавамуру. Стороны обсудили подготовку к "
     "заседанию Совета министров иностранных дел государств — участников СНГ, которое "
     "состоится в Душанбе в октябре.", "multilateral"),
    (" date 2026-01-20\nТАШКЕНТ, 20 января. /УзА/. Министр иностранных дел Узбекистана Бахтиёр "
     "Саидов принял посла Японии Кэйдзи Такиути. В ходе беседы стороны обсудили подготовку к очередной "
     "встрече в формате «Центральная Азия – Япония» с участием Казахстана, Кыргызстана, "
     "Таджикистана и Узбекистана, которая пройдет в Токио весной.", "multilateral"),
    # a subject noun whose parse hangs it elsewhere: its own clause's verb
    (" date 2024-06-11\nБаку, 11 июня, АЗЕРТАДЖ. Генеральный прокурор Азербайджана Кямран Алиев "
     "сообщил, что 30-я ежегодная конференция Международной ассоциации прокуроров пройдет в "
     "Баку с 15 по 18 сентября, и пригласил генерального прокурора Грузии принять в ней "
     "участие.", "gathering"),
])
def test_an_event_noun_takes_the_tense_of_its_own_clause(ru, text, kind):
    record = ru(text, published=None)
    found = events(record, kind)
    assert found, [(e.kind, e.trigger.text) for e in record.events]
    assert found[0].status == "planned"



@pytest.mark.parametrize("text", [
    " date 2025-11-20\nАСТАНА. КАЗИНФОРМ — \"Визит станет важным шагом в реализации решений "
    "саммита СВМДА в Баку 12–13 октября\", - отметил официальный представитель МИД Казахстана "
    "Айбек Смадияров.",
])
def test_a_gathering_dated_before_the_publication_day_took_place(ru, text):
    record = ru(text, published=None)
    [summit] = events(record, "gathering")
    assert summit.status == "occurred"
    assert summit.date is not None and summit.date.start == "2025-10-12"


def test_the_speaker_after_a_quotation_dash_is_no_party(ru):
    text = (" date 2025-03-05\nМИНСК, 5 марта (БелТА) – \"Переговоры с вьетнамскими коллегами "
            "прошли конструктивно\", - отметил Министр иностранных дел Беларуси Максим Рыженков.")
    record = ru(text, published=None)
    [meeting] = events(record, "meeting")
    assert "Maxim Ryzhenkov" not in names(record, meeting)
