"""A visit named in what is being prepared, over a chain of nouns ("обсудили вопросы подготовки
очередного раунда консультаций, а также визита Президента в Лаос в следующем году"), is to come,
whatever the tense of the clause."""

from __future__ import annotations

from ru_record import events


def test_a_visit_coordinated_under_a_noun_of_preparing_is_planned(ru):
    record = ru(" date 2026-09-17\nТашкент, 17 сентября (УзА). Министр иностранных дел Узбекистана Бахтиёр "
                "Саидов провел встречу с Заместителем министра иностранных дел Лаоса Тхонгпхан Саванпхетом. "
                "Стороны обсудили вопросы подготовки очередного раунда межмидовских консультаций, а также "
                "визита Президента Узбекистана в Лаос в следующем году.", published=None)
    [visit] = events(record, "visit")
    assert visit.status == "planned"
    [meeting] = [m for m in events(record, "meeting") if m.status == "occurred"]
    assert meeting.date is not None and meeting.date.start == "2026-09-17"
