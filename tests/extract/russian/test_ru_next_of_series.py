"""The next sitting or round of a series, told ahead and naming no one of its own, has its states
and no people: not the officials of the talks it was agreed at."""

from __future__ import annotations

import pytest
from ru_record import events

from dateline.record import Event, Record


def people(record: Record, event: Event) -> list[str]:
    return [a.name for a in (record.actor(i) for i in event.participants) if a is not None and a.kind == "person"]


@pytest.mark.parametrize(("text", "states"), [
    ("БАКУ, 14 августа. /Тренд/. Министр экономики Азербайджана Микаил Джаббаров встретился с "
     "министром торговли Турции Омером Болатом. Встреча состоялась в рамках 12-го заседания "
     "азербайджано-турецкой межправительственной комиссии. Следующее заседание комиссии пройдет в "
     "Анкаре в 2027 году.", ["AZE", "TUR"]),
    ("МОСКВА, 27 августа. /ТАСС/. Министр иностранных дел России Сергей Лавров провел переговоры с "
     "министром иностранных дел Индии Субраманьямом Джайшанкаром. Следующий раунд консультаций "
     "пройдет в Нью-Дели в 2027 году.", ["IND", "RUS"]),
])
def test_the_next_sitting_or_round_has_no_people(ru, text, states):
    record = ru(" date 2026-08-14\n" + text, published=None)
    [ahead] = [e for e in events(record, "meeting") if e.status == "planned"]
    assert sorted(ahead.countries) == states
    assert people(record, ahead) == []


def test_a_next_meeting_its_sentence_names_people_for_keeps_them(ru):
    record = ru(
        " date 2026-05-22\n"
        "ТАШКЕНТ, 22 мая. /УзА/. Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры "
        "с министром иностранных дел Пакистана Исхаком Даром. Следующую встречу Бахтиёр Саидов и Исхак "
        "Дар проведут в Исламабаде осенью.", published=None)
    [ahead] = [e for e in events(record, "meeting") if e.status == "planned"]
    assert len(people(record, ahead)) == 2
