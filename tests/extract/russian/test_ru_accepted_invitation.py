""""X приняла приглашение Y посетить Z": an invitation told only by its acceptance is that invitation,
extended on a day the text does not give; one told before stays the one."""

from __future__ import annotations

from ru_record import events, names


def test_an_invitation_told_by_its_acceptance_is_the_invitation_undated(ru):
    record = ru(" date 2026-06-10\nТАШКЕНТ, 10 июня. /УзА/. Министр иностранных дел Узбекистана Бахтиёр Саидов "
                "провел переговоры с Федеральным министром иностранных дел Австрии Беате Майнль-Райзингер.\n\n"
                "Б.Майнль-Райзингер приняла приглашение узбекского министра посетить Самарканд.", published=None)
    [invitation] = events(record, "invitation")
    assert names(record, invitation) == {"Bakhtiyor Saidov", "Beate Meinl-Reisinger"}
    assert invitation.date is None
    assert [record.actor(a).name for a in invitation.source] == ["Bakhtiyor Saidov"]  # type: ignore[union-attr]


def test_an_invitation_accepted_after_it_was_told_is_no_second_one(ru):
    record = ru(" date 2026-06-10\nТАШКЕНТ, 10 июня. /УзА/. Министр иностранных дел Узбекистана Бахтиёр Саидов "
                "провел переговоры с Федеральным министром иностранных дел Австрии Беате Майнль-Райзингер и "
                "пригласил ее посетить Самарканд.\n\nБ.Майнль-Райзингер приняла приглашение.", published=None)
    assert len(events(record, "invitation")) == 1
