"""A visit of the past recalled in a phrase "в ходе визита" that names its own guest and time is
another visit, not the story's told again; a visit only considered is none."""

from __future__ import annotations

from ru_record import events, names

STORY = (
    " date 2026-10-07\n"
    "АШХАБАД, 7 октября. В Министерстве иностранных дел Туркменистана состоялись политические "
    "консультации с делегацией Ирана во главе с заместителем министра иностранных дел Ирана Каземом "
    "Гарибабади, находящимся в Ашхабаде с рабочим визитом.\n\n"
    "Стороны обсудили ход выполнения договоренностей, достигнутых в ходе государственного визита "
    "Президента Ирана Масуда Пезешкиана в Ашхабад в мае текущего года.")


def test_a_visit_recalled_with_its_own_guest_and_time_is_another_visit(ru):
    record = ru(STORY, published=None)
    visits = events(record, "visit")
    assert len(visits) == 2
    [recalled] = [v for v in visits if "Masoud Pezeshkian" in names(record, v)]
    assert recalled.date is not None and recalled.date.start == "2026-05"
    assert recalled.status == "occurred"
    [story] = [v for v in visits if v is not recalled]
    assert "Masoud Pezeshkian" not in names(record, story)


def test_the_story_visit_told_again_in_passing_is_not_another(ru):
    record = ru(STORY.replace("государственного визита Президента Ирана Масуда Пезешкиана в Ашхабад в мае "
                              "текущего года", "визита иранской делегации"), published=None)
    assert len(events(record, "visit")) == 1


def test_a_visit_only_considered_is_none(ru):
    record = ru(" date 2026-05-27\n"
                "МИНСК, 27 мая. Министр иностранных дел Беларуси Максим Рыженков провел переговоры с "
                "Министром иностранных дел Лаоса Тхонгсаваном Пхомвиханом. Была рассмотрена возможность "
                "визита Президента Беларуси в Лаос во второй половине года, однако решение пока не "
                "принято.", published=None)
    assert events(record, "visit") == []
