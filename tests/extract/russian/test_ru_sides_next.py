"""Talks told without their people, then by them in the next sentence (``sides_next.py``), and a
surname that does not decline read as written ("Аббаса Аракчи", ``actors.py``)."""

from __future__ import annotations

from ru_record import events, names, person


def test_the_talks_are_those_of_the_people_told_next(ru):
    text = (" date 2026-04-09\nАШХАБАД, 9 апреля. /ТДХ/. Президент Туркменистана Сердар "
            "Бердымухамедов принял сегодня прибывшего в Ашхабад с рабочим визитом Министра "
            "иностранных дел Исламской Республики Иран Аббаса Аракчи.\n\nВ тот же день в "
            "Министерстве иностранных дел Туркменистана состоялись переговоры между главами "
            "внешнеполитических ведомств двух стран. Министр иностранных дел Туркменистана Рашид "
            "Мередов и Аббас Аракчи обсудили вопросы энергетического сотрудничества.")
    record = ru(text, published=None)
    talks = [e for e in events(record, "meeting") if e.trigger.text == "переговоры"]
    assert len(talks) == 1, [(e.kind, e.trigger.text) for e in record.events]
    assert names(record, talks[0]) == {"Rashid Meredov", "Abbas Araghchi"}
    assert sorted(talks[0].countries) == ["IRN", "TKM"]
    assert talks[0].date is not None and talks[0].date.start == "2026-04-09"
    assert "Аббас Аракчи" in (person(record, "Abbas Araghchi").aliases or [])
    assert not [a for a in record.actors if a.name == "Abbas Arakcha"]
