"""A person the dictionary knows by a shorter name is named as the text names him: the Arabic
family told after the name ("Аль Сауд") is kept, the dictionary's spelling of the rest too; told
without it, the name stays short."""

from __future__ import annotations

from ru_record import events, names

FULL_THEN_SHORT = (
    "АСТАНА. КАЗИНФОРМ – Министр иностранных дел Казахстана Ермек Кошербаев провел переговоры с "
    "министром иностранных дел Королевства Саудовская Аравия Фейсалом бин Фарханом Аль Саудом.\n\n"
    "По итогам встречи Ермек Кошербаев и Фейсал бин Фархан подписали меморандум о сотрудничестве.")

SHORT = (
    "БАКУ, 3 апреля. /Тренд/. Президент Азербайджана Ильхам Алиев провел телефонный разговор с "
    "наследным принцем Саудовской Аравии Мухаммедом бин Сальманом.")

FULL = (
    "БАКУ, 3 апреля. /Тренд/. Президент Азербайджана Ильхам Алиев провел телефонный разговор с "
    "наследным принцем Саудовской Аравии Мухаммедом бин Сальманом Аль Саудом.")


def test_the_family_told_once_names_the_person_throughout(ru):
    record = ru(FULL_THEN_SHORT, published="2026-03-12")
    people = [a.name for a in record.actors if a.kind == "person"]
    assert sorted(people) == ["Faisal bin Farhan Al Saud", "Yermek Kosherbayev"]
    [signing] = events(record, "agreement")
    assert "Faisal bin Farhan Al Saud" in names(record, signing)


def test_a_name_told_with_its_family_keeps_it(ru):
    record = ru(FULL, published="2026-04-03")
    [call] = events(record, "call")
    assert names(record, call) == {"Ilham Aliyev", "Mohammed bin Salman Al Saud"}


def test_a_name_told_without_its_family_stays_short(ru):
    record = ru(SHORT, published="2026-04-03")
    [call] = events(record, "call")
    assert names(record, call) == {"Ilham Aliyev", "Mohammed bin Salman"}
