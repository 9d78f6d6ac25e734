""""в ходе его визита в Москву": a possessive pronoun owning an engagement's noun is the person the
subject pronoun would be, so a visit recalled in passing has its guest."""

from __future__ import annotations

from ru_record import events, names


def test_the_owner_of_a_recalled_visit_is_its_guest(ru):
    record = ru(" date 2026-02-11\nАшхабад, 11 февраля (ТДХ). Президент Туркменистана Сердар Бердымухамедов принял "
                "Министра иностранных дел Индии Субраманьяма Джайшанкара. Глава государства отметил, что "
                "договоренности, достигнутые в ходе его визита в Нью-Дели в мае прошлого года, успешно "
                "реализуются.", published=None)
    [visit] = [e for e in events(record, "visit") if e.date is not None and e.date.start == "2025-05"]
    assert "Serdar Berdimuhamedov" in names(record, visit)
    assert {"TKM", "IND"} <= set(visit.countries)


def test_an_object_pronoun_is_no_owner(ru):
    record = ru(" date 2026-02-11\nАшхабад, 11 февраля (ТДХ). Министр иностранных дел Индии Субраманьям Джайшанкар "
                "прибыл в Ашхабад. Президент Туркменистана Сердар Бердымухамедов принял его в тот же день.",
                published=None)
    [visit] = events(record, "visit")
    assert "Subrahmanyam Jaishankar" in names(record, visit) or "Subramanyam Jaishankar" in names(record, visit)
