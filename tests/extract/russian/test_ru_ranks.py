"""A military rank between a title and a name ("начальник Государственной пограничной службы
генерал-полковник X", "командующий ... бригадный генерал Y") is no title: the title before it is
the person's, with its state."""

from __future__ import annotations

from ru_record import person

TEXT = (
    " date 2025-05-20\nБаку, 20 мая, АЗЕРТАДЖ. В Баку состоялось совещание руководителей "
    "пограничных ведомств. В совещании приняли участие начальник Государственной пограничной службы "
    "Азербайджанской Республики генерал-полковник Эльчин Гулиев и Председатель Государственной "
    "пограничной службы Грузии генерал-майор Георгий Беридзе."
)


def test_the_title_before_a_rank_is_the_persons(ru):
    record = ru(TEXT, published=None)
    guliyev = person(record, "Elchin Guliyev")
    assert guliyev.country == "AZE"
    assert guliyev.title is not None and "Border Service" in guliyev.title
    assert person(record, "Georgy Beridze").country == "GEO"
