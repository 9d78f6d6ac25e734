"""A visit first told inside a phrase of its course ("в ходе его визита") is an event; a visit told
before and named again beside talks ("обсудил программу предстоящего визита") is not a new one."""

from __future__ import annotations

from ru_record import events, names


def test_a_planned_state_visit_told_in_the_course_phrase_of_the_talks(ru):
    record = ru(" date 2026-02-18\nМИНСК, 18 февраля. /БелТА/. Президент Беларуси Александр Лукашенко "
                "встретится с Президентом Кыргызстана Садыром Жапаровым в ходе его государственного "
                "визита в Беларусь, который пройдет 26-27 февраля.\n\nГлавы государств обсудят "
                "торгово-экономическое сотрудничество.", published=None)
    [visit] = events(record, "visit")
    assert visit.status == "planned"
    assert visit.date is not None and (visit.date.start, visit.date.end) == ("2026-02-26", "2026-02-27")
    assert sorted(visit.countries) == ["BLR", "KGZ"]
    assert "Sadyr Japarov" in names(record, visit)
    [meeting] = events(record, "meeting")
    assert names(record, meeting) == {"Alexander Lukashenko", "Sadyr Japarov"}


def test_a_visit_first_told_after_v_ramkakh_opens_the_story(ru):
    record = ru(" date 2025-06-10\nАШХАБАД, 10 июня (ТДХ). В рамках официального визита в Туркменистан "
                "Министр иностранных дел Армении Арарат Мирзоян провел переговоры с Министром "
                "иностранных дел Туркменистана Рашидом Мередовым.", published=None)
    [visit] = events(record, "visit")
    assert visit.status == "occurred" and "TKM" in visit.countries and "ARM" in visit.countries
    [meeting] = events(record, "meeting")
    assert meeting.date is not None and meeting.date.start == "2025-06-10"


def test_the_programme_of_a_visit_told_before_adds_no_party_to_it(ru):
    record = ru(" date 2025-10-02\nБИШКЕК, 2 октября. /Кабар/. Министр иностранных дел Кыргызстана "
                "Жээнбек Кулубаев посетит Японию с официальным визитом 14-16 октября.\n\nВчера "
                "Ж.Кулубаев принял Чрезвычайного и Полномочного Посла Японии в Кыргызстане Кэнъити "
                "Ямаду, с которым обсудил программу предстоящего визита.", published=None)
    [visit] = events(record, "visit")
    assert visit.status == "planned"
    assert "Kenichi Yamada" not in names(record, visit)
    [reception] = events(record, "meeting")
    assert reception.status == "occurred" and reception.date is not None
    assert reception.date.start == "2025-10-01"
