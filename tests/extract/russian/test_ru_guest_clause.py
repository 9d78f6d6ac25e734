"""A visit told in a clause on its guest ("принял министра X, которая находится в Баку с рабочим
визитом"): the guest visits, the one who received her hosts; talks the guest holds later with an
official of the host's side are between those two, not with the host who received her too."""

from __future__ import annotations

from ru_record import events, names


def test_the_guest_of_a_relative_clause_is_the_visitor(ru):
    record = ru(" date 2026-05-20\nАСТАНА. КАЗИНФОРМ – Президент Казахстана Касым-Жомарт Токаев принял "
                "министра иностранных дел и внешнеэкономических связей Венгрии Петера Сийярто, который находится "
                "в Астане с официальным визитом.\n\nНакануне состоялись переговоры с министром иностранных дел "
                "Казахстана Ермеком Кошербаевым. Стороны обсудили торговлю.", published=None)
    [visit] = events(record, "visit")
    assert [record.actor(a).name for a in visit.source] == ["Péter Szijjártó"]
    talks = [e for e in events(record, "meeting") if e.trigger.text.startswith("переговоры")]
    assert [names(record, e) for e in talks] == [{"Péter Szijjártó", "Yermek Kosherbayev"}]


def test_the_guest_of_a_participle_is_the_visitor(ru):
    record = ru(" date 2026-05-20\nБАКУ, 20 мая /Тренд/. Министр иностранных дел Азербайджана Джейхун Байрамов, "
                "находящийся с рабочим визитом в Риме, встретился с министром иностранных дел Италии Антонио "
                "Таяни.", published=None)
    [visit] = events(record, "visit")
    assert [record.actor(a).name for a in visit.source] == ["Jeyhun Bayramov"]
