"""The story frame of a report whose visit is told in passing after the day's engagements
("Напомним, в ноябре прошлого года X совершил визит в Будапешт, в ходе которого провел
переговоры с Y"): that visit lends the day's engagements neither its date nor its parties, and
the talks held within it are told (``frame.py``, ``events.py``)."""

from __future__ import annotations

from ru_record import events, names

_TEXT = (
    " date 2026-03-12\nАСТАНА. КАЗИНФОРМ – Глава государства Касым-Жомарт Токаев принял в Акорде "
    "Министра иностранных дел Венгрии Петера Сийярто, сообщает пресс-служба Акорды.\n\n"
    "В ходе встречи стороны обсудили вопросы расширения торгово-экономического сотрудничества.\n\n"
    "Напомним, в ноябре прошлого года Касым-Жомарт Токаев совершил государственный визит в "
    "Будапешт, в ходе которого провел переговоры с Премьер-министром Венгрии Виктором Орбаном.")


def test_the_reception_of_the_day_is_dated_by_the_day_not_by_the_visit_told_in_passing(ru):
    record = ru(_TEXT, published=None)
    [reception] = [e for e in events(record, "meeting") if e.trigger.text == "принял"]
    assert reception.date is not None and reception.date.start == "2026-03-12"
    assert names(record, reception) == {"Kassym-Jomart Tokayev", "Péter Szijjártó"}


def test_the_visit_in_passing_keeps_its_own_parties_and_its_talks(ru):
    record = ru(_TEXT, published=None)
    [visit] = events(record, "visit")
    assert visit.date is not None and visit.date.start == "2025-11"
    assert "Péter Szijjártó" not in names(record, visit)
    past = [e for e in events(record, "meeting") if e.date is not None and e.date.start == "2025-11"]
    assert len(past) == 1 and names(record, past[0]) == {"Kassym-Jomart Tokayev", "Viktor Orbán"}


def test_a_meeting_held_is_not_dated_by_a_planned_visit(ru):
    text = (" date 2025-11-05\nДУШАНБЕ, 05.11.2025 /НИАТ «Ховар»/. Стороны обсудили подготовку к "
            "визиту Председателя КНР Си Цзиньпина в Таджикистан, который ожидается в следующем "
            "году. Министр иностранных дел Таджикистана Сироджиддин Мухриддин также встретился с "
            "Послом Японии Хироси Ямадой.")
    record = ru(text, published=None)
    met = [e for e in events(record, "meeting") if "Sirojiddin Muhriddin" in names(record, e)]
    assert met and met[0].date is not None and met[0].date.start == "2025-11-05"
