""""X пригласил Y посетить Z. Визит состоится осенью": the visit invited to, Y its guest, X its host."""

from __future__ import annotations

from ru_record import events, names


def test_the_visit_told_after_an_invitation_to_make_it_is_hosted_by_the_inviter(ru):
    record = ru(" date 2026-06-10\nТАШКЕНТ, 10 июня. /УзА/. Министр иностранных дел Узбекистана Бахтиёр Саидов провел "
                "телефонный разговор с Министром иностранных дел Польши Радославом Сикорским.\n\nБ.Саидов пригласил "
                "польского коллегу посетить Узбекистан. Визит, как ожидается, состоится осенью.", published=None)
    [visit] = events(record, "visit")
    assert visit.status == "planned"
    assert names(record, visit) == {"Bakhtiyor Saidov", "Radosław Sikorski"}
    assert sorted(visit.countries) == ["POL", "UZB"]


def test_the_visit_of_an_accepted_invitation_is_hosted_by_the_inviter(ru):
    record = ru(" date 2026-06-10\nТАШКЕНТ, 10 июня. /УзА/. Министр иностранных дел Узбекистана Бахтиёр Саидов провел "
                "телефонный разговор с Министром иностранных дел Польши Радославом Сикорским.\n\nР.Сикорский принял "
                "приглашение узбекского министра посетить Ташкент. Его визит состоится осенью.", published=None)
    [visit] = events(record, "visit")
    assert names(record, visit) == {"Bakhtiyor Saidov", "Radosław Sikorski"}
    assert sorted(visit.countries) == ["POL", "UZB"]


def test_a_visit_of_another_guest_is_not_the_one_invited_to(ru):
    record = ru(" date 2026-06-10\nТАШКЕНТ, 10 июня. /УзА/. Министр иностранных дел Узбекистана Бахтиёр Саидов провел "
                "телефонный разговор с Министром иностранных дел Польши Радославом Сикорским и пригласил его посетить "
                "Узбекистан. Президент Польши Кароль Навроцкий совершит визит в Казахстан осенью.", published=None)
    [visit] = events(record, "visit")
    assert "Bakhtiyor Saidov" not in names(record, visit)
