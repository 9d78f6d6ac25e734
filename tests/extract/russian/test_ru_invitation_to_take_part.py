""""передал X приглашение Y принять участие в ...": the infinitive of what the invitation invites to
is no sign of an invitation told before ("Приглашение было с благодарностью принято")."""

from __future__ import annotations

from ru_record import events, names


def test_an_invitation_to_take_part_passed_on_is_told(ru):
    record = ru(" date 2026-03-17\nБАКУ, 17 марта. /Тренд/. Министр юстиции Азербайджана Фарид Ахмедов встретился "
                "с Министром юстиции Казахстана Ерланом Сарсембаевым.\n\nВ ходе встречи казахстанский министр "
                "передал Ф.Ахмедову приглашение Генерального прокурора Республики Казахстан Берика Асылова "
                "принять участие в конференции, которая пройдет в мае в Астане.", published=None)
    [invitation] = events(record, "invitation")
    assert names(record, invitation) == {"Farid Ahmadov", "Berik Asylov"}
    assert invitation.date is not None and invitation.date.start == "2026-03-17"


def test_an_invitation_accepted_is_the_one_told_before(ru):
    record = ru(" date 2026-03-17\nБАКУ, 17 марта. /Тренд/. Министр юстиции Азербайджана Фарид Ахмедов пригласил "
                "Министра юстиции Казахстана Ерлана Сарсембаева посетить Баку. Приглашение было с благодарностью "
                "принято.", published=None)
    assert len(events(record, "invitation")) == 1
