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



def test_a_meeting_of_two_office_holders_is_theirs(ru):
    """"встреча двух премьер-министров": the two heads of government named before, whatever each
    state calls the office (a Prime Minister, a Chairman of the Cabinet of Ministers)."""
    record = ru(" date 2026-10-20\nБИШКЕК, 20 октября — Кабар. Председатель Кабинета Министров Кыргызстана "
                "Адылбек Касымалиев посетит Казахстан, где проведет переговоры с Премьер-министром Казахстана "
                "Олжасом Бектеновым.\n\nНапомним, в мае прошлого года Касымалиев находился в Минске на "
                "заседании Евразийского межправительственного совета, где состоялась встреча двух "
                "премьер-министров.", published=None)
    [meeting] = [e for e in events(record, "meeting") if e.trigger.text == "встреча"]
    assert names(record, meeting) == {"Adylbek Kasymaliev", "Olzhas Bektenov"}
