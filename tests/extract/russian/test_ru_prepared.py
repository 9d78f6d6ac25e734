"""A sitting or gathering to come told only as what is prepared has none of the people who prepare
or discuss it; those who confirm taking part in it, told before or after the verb, attend it."""

from __future__ import annotations

from ru_record import events, names

PREPARED = (
    " date 2025-05-14\n"
    "ТАШКЕНТ, 14 мая (УзА). Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с "
    "министром иностранных дел Казахстана Ермеком Кошербаевым.\n\n"
    "Б.Саидов и Е.Кошербаев также обсудили подготовку к заседанию Совета министров иностранных дел Организации тюркских "
    "государств, которое пройдет в сентябре в Габале."
)


def test_who_prepares_a_sitting_is_not_its_party(ru):
    record = ru(PREPARED, published="2025-05-14")
    [sitting] = [e for e in record.events if e.status == "planned" and e.kind in ("multilateral", "meeting", "gathering")]
    assert not {"Bakhtiyor Saidov", "Yermek Kosherbayev"} & names(record, sitting)
    [talks] = events(record, "meeting")
    assert {"Bakhtiyor Saidov", "Yermek Kosherbayev"} <= names(record, talks)


CONFIRMED = (
    " date 2025-03-02\n"
    "АШХАБАД, 2 марта (ТДХ). Президент Туркменистана Сердар Бердымухамедов провел переговоры с "
    "Президентом Таджикистана Эмомали Рахмоном.\n\n"
    "Стороны уделили внимание подготовке к Международной конференции по водным ресурсам, которая "
    "состоится 20 апреля в Ашхабаде. Участие в конференции подтвердил Генеральный секретарь ООН Антониу Гутерриш."
)


def test_who_confirmed_taking_part_told_after_the_verb_attends(ru):
    record = ru(CONFIRMED, published="2025-03-02")
    [conference] = [e for e in record.events if e.kind == "gathering"]
    assert names(record, conference) == {"António Guterres"}
