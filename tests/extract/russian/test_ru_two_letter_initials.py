""""Дж.Байрамов": Russian initials the sound дж with both letters; such a name is the person named
before with that surname, not a new person "Dzh Bairamov"."""

from __future__ import annotations

from ru_record import events, names

from dateline.extract.russian.names import initial_free


def test_initial_free_drops_a_two_letter_initial():
    assert initial_free("Дж.Байрамов") == "Байрамов"
    assert initial_free("Дж. Байрамов") == "Байрамов"
    assert initial_free("Дж Байрамов") == "Байрамов"  # the tokens of a name come without the stop


def test_a_two_letter_initial_names_the_person_told_before(ru):
    record = ru(" date 2026-05-12\nБАКУ, 12 мая /Тренд/. Министр иностранных дел Азербайджана Джейхун "
                "Байрамов провел переговоры с министром иностранных дел Египта Бадром Абдельатти. По итогам "
                "переговоров Дж.Байрамов и Б.Абдельатти подписали меморандум о сотрудничестве.",
                published=None)
    assert not [a for a in record.actors if a.kind == "person" and a.name.startswith(("Dzh", "J "))]
    [agreement] = events(record, "agreement")
    assert names(record, agreement) >= {"Jeyhun Bayramov", "Badr Abdelatty"}
    assert sorted(agreement.countries) == ["AZE", "EGY"]
