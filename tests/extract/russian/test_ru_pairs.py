""""Лидеры двух стран договорились встретиться": the two sides of the engagement told before."""

from __future__ import annotations

from ru_record import events, names


def test_the_leaders_of_the_two_countries_are_the_two_of_the_call(ru):
    record = ru(" date 2025-11-28\nАШХАБАД, 28 ноября (ТДХ). Сегодня Президент Туркменистана Сердар "
                "Бердымухамедов провел телефонный разговор с Президентом Азербайджанской Республики "
                "Ильхамом Алиевым.\n\nГлавы государств обсудили ход реализации договоренностей, "
                "достигнутых в ходе государственного визита Президента Туркменистана в Азербайджан в "
                "мае текущего года.\n\nЛидеры двух стран договорились встретиться в декабре в Ашхабаде.",
                published=None)
    [meeting] = [e for e in events(record, "meeting") if e.status == "planned"]
    assert names(record, meeting) == {"Serdar Berdimuhamedov", "Ilham Aliyev"}
    assert sorted(meeting.countries) == ["AZE", "TKM"]
    assert meeting.date is not None and meeting.date.start == "2025-12"

