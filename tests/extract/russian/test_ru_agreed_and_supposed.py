"""Talks agreed on are to come ("договорились о встрече", "условились о проведении переговоров");
talks that only "может состояться" are supposed, no event (``clause.py``)."""

from __future__ import annotations

from ru_record import events


def test_a_meeting_agreed_on_is_planned(ru):
    record = ru("БИШКЕК, 3 марта. /Кабар/. Президент Кыргызской Республики Садыр Жапаров провел "
                "телефонный разговор с Президентом Республики Казахстан Касым-Жомартом Токаевым. "
                "Главы государств договорились о встрече в Астане в апреле.", published="2026-03-03")
    talks = events(record, "meeting")
    assert talks and all(t.status == "planned" for t in talks)


def test_talks_the_sides_settled_on_holding_are_planned(ru):
    record = ru("АСТАНА. КАЗИНФОРМ – Министр иностранных дел Республики Казахстан Ермек Кошербаев "
                "провел телефонный разговор с Министром иностранных дел Венгрии Петером Сийярто. "
                "Стороны условились о проведении переговоров в Будапеште.", published="2026-03-03")
    talks = events(record, "meeting")
    assert talks and all(t.status == "planned" for t in talks)


def test_a_meeting_that_may_take_place_is_no_event(ru):
    record = ru("МОСКВА, 3 марта. /ТАСС/. Президент России Владимир Путин провел телефонный "
                "разговор с Президентом Казахстана Касым-Жомартом Токаевым. Как отметил Дмитрий "
                "Песков, новая встреча лидеров может состояться осенью.", published="2026-03-03")
    assert not events(record, "meeting")


def test_a_meeting_the_ministers_will_perhaps_be_able_to_hold_is_no_event(ru):
    """"смогут" (pymorphy3's lemma "смочь") supposes as "могут" does."""
    record = ru(" date 2026-02-03\nБАКУ, 3 февраля. /Тренд/. Министр иностранных дел Азербайджана Джейхун Байрамов "
                "провел телефонный разговор с Министром иностранных дел Греции Йоргосом Герапетритисом.\n\nНе "
                "исключается, что министры смогут провести встречу на полях одного из международных форумов.",
                published=None)
    assert [e.kind for e in record.events] == ["call"]
