"""A visit the sides prepare ("подготовка к визиту ... в феврале") is to come, and so is its month
with no year: the next February, not the last (``clause.py``: ``told_ahead``, ``pipeline.py``)."""

from __future__ import annotations

from ru_record import events


def test_a_month_of_a_visit_prepared_is_the_next_one(ru):
    record = ru("Ашхабад, 20 ноября (ТДХ). Министр иностранных дел Туркменистана Рашид Мередов "
                "принял посла Малайзии. Стороны обсудили подготовку к визиту малайзийской делегации "
                "в марте.", published="2026-11-20")
    visit = events(record, "visit")
    assert visit and visit[0].status == "planned"
    assert visit[0].date is not None and visit[0].date.start == "2027-03"


def test_a_month_far_after_its_future_verb_is_to_come(ru):
    record = ru("БАКУ, 20 ноября. /Тренд/. Министр иностранных дел Азербайджана Джейхун Байрамов "
                "проведет переговоры с министром иностранных дел Королевства Саудовская Аравия "
                "Фейсалом бин Фарханом в феврале, сообщил пресс-секретарь МИД.", published="2026-11-20")
    talks = events(record, "meeting")
    assert talks and talks[0].status == "planned"
    assert talks[0].date is not None and talks[0].date.start == "2027-02"
