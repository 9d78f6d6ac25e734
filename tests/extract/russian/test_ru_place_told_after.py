"""The place of talks told after them ("Встреча прошла в Баку"): the talks', and the signing's
after them, not the dateline city's."""

from __future__ import annotations

from ru_record import events


def test_the_meeting_told_again_with_its_city_is_held_there(ru):
    record = ru(
        " date 2026-07-08\n"
        "АСТАНА. КАЗИНФОРМ – Генеральный прокурор Республики Казахстан Берик Асылов встретился с "
        "Генеральным прокурором Азербайджана Камраном Алиевым. Встреча прошла в Баку. Стороны "
        "подписали программу сотрудничества на 2026–2027 годы.", published=None)
    [meeting] = events(record, "meeting")
    assert meeting.place is not None and meeting.place.country == "AZE"
    [signing] = events(record, "agreement")
    assert signing.place is not None and signing.place.country == "AZE"


def test_talks_told_again_in_the_guests_capital(ru):
    record = ru(
        " date 2026-06-19\n"
        "БАКУ, 19 июня /Тренд/. Министр иностранных дел Азербайджана Джейхун Байрамов провел "
        "переговоры с министром иностранных дел Омана Бадром бин Хамадом Аль-Бусаиди. Переговоры "
        "состоялись в Маскате.", published=None)
    [meeting] = events(record, "meeting")
    assert meeting.place is not None and meeting.place.country == "OMN"
