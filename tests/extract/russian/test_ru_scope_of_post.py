"""States and groups that are the scope of a post ("председатель делегации по связям со
странами Центральной Азии") are no parties, and a title whose complement runs on to a name is
that person's, not the holder of its first words told before (``events.py``, ``actors.py``)."""

from __future__ import annotations

from ru_record import events, names


def test_a_delegation_head_with_a_long_title_is_no_other_chairman(ru):
    text = (" date 2025-11-05\nДУШАНБЕ, 05.11.2025 /НИАТ «Ховар»/. Стороны обсудили подготовку "
            "к визиту Председателя КНР Си Цзиньпина в Таджикистан в следующем году.\n\nМинистр "
            "иностранных дел Таджикистана Сироджиддин Мухриддин принял делегацию Европейского "
            "парламента во главе с председателем делегации по связям со странами Центральной Азии "
            "Тинеке Стрик.")
    record = ru(text, published=None)
    met = [e for e in record.events if e.trigger.text == "принял"]
    assert len(met) == 1, [(e.kind, e.trigger.text) for e in record.events]
    assert met[0].kind == "meeting"
    assert sorted(met[0].countries) == ["EU", "TJK"]
    assert {"Sirojiddin Muhriddin", "Tineke Strik"} <= names(record, met[0])
    assert "Xi Jinping" not in names(record, met[0])


def test_a_title_before_a_verb_and_its_object_is_still_its_holder(ru):
    text = (" date 2025-06-24\nАСТАНА. КАЗИНФОРМ – Председатель Мажилиса Парламента Казахстана "
            "Ерлан Кошанов провел переговоры с Председателем Милли Меджлиса Азербайджана Сахибой "
            "Гафаровой.\n\nПредседатель Мажилиса пригласил Сахибу Гафарову посетить Казахстан.")
    record = ru(text, published=None)
    [invitation] = events(record, "invitation")
    assert names(record, invitation) == {"Yerlan Koshanov", "Sahiba Gafarova"}
