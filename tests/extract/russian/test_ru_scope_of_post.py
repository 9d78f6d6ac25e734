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


def test_the_state_a_special_representative_is_for_is_no_party(ru):
    text = ("ДУШАНБЕ, 3 марта (Ховар). Министр иностранных дел Таджикистана Сироджиддин Мухриддин принял "
            "Специального представителя Генерального секретаря ООН по Афганистану Розу Отунбаеву.")
    record = ru(text, published="2026-03-03")
    [meeting] = events(record, "meeting")
    assert sorted(meeting.countries) == ["TJK", "UN"]


def test_a_tour_over_a_state_keeps_it(ru):
    text = ("АСТАНА. КАЗИНФОРМ – Министр иностранных дел Венгрии Петер Сийярто совершает поездку по "
            "Казахстану, где встретился с Премьер-министром Олжасом Бектеновым.")
    record = ru(text, published="2026-03-03")
    assert any("KAZ" in e.countries for e in record.events)


def test_the_place_a_post_is_for_is_in_its_title(ru):
    text = ("АШХАБАД, 8 июля (ТДХ). Министр иностранных дел Туркменистана Рашид Мередов принял Специального "
            "посланника Генерального секретаря ООН по Ближнему Востоку Тура Веннесланда.")
    record = ru(text, published="2026-07-08")
    envoy = next(a for a in record.actors if a.kind == "person" and a.name.endswith("Vennesland"))
    assert envoy.title == "Special Envoy for the Middle East"


def test_a_scope_of_words_is_not_read(ru):
    text = ("БАКУ, 8 июля. /Тренд/. Министр иностранных дел Азербайджана Джейхун Байрамов встретился с "
            "Еврокомиссаром по вопросам расширения Мартой Кос.")
    record = ru(text, published="2026-07-08")
    assert next(a for a in record.actors if a.name == "Marta Kos").title == "European Commissioner"
