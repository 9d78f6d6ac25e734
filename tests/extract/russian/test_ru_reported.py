"""Who reports a gathering ("X сообщил, что конференция пройдет в Баку") is no party to it, nor
is whom a clause joined after it invites (", и пригласил Y принять в ней участие"), whatever the
parse made of the sentence."""

from __future__ import annotations

from ru_record import events, names, person

TEXT = (
    " date 2025-03-04\nДУШАНБЕ, 04.03.2025 /НИАТ «Ховар»/. Генеральный прокурор Таджикистана "
    "Хабибулло Вохидзода принял Генерального прокурора Узбекистана Нигматиллу Юлдашева.\n\n"
    "Хабибулло Вохидзода также сообщил, что 31-я ежегодная конференция Международной ассоциации "
    "прокуроров пройдет в Душанбе с 14 по 17 сентября, и пригласил Генерального прокурора "
    "Узбекистана принять в ней участие."
)


def test_the_speaker_and_the_invitee_are_no_parties_to_the_gathering(ru):
    record = ru(TEXT, published=None)
    [conference] = events(record, "gathering")
    assert conference.status == "planned"
    assert sorted(conference.countries) == ["IAP", "TJK"]
    people = {p.name for p in record.actors if p.kind == "person"}
    assert names(record, conference) & people == set()


def test_the_invitation_in_the_joined_clause_has_its_parties(ru):
    record = ru(TEXT, published=None)
    [invitation] = events(record, "invitation")
    inviter = person(record, "Nigmatilla Yuldashev")
    assert inviter.id in invitation.participants
    assert any(record.actor(a).country == "TJK" for a in invitation.participants  # type: ignore[union-attr]
               if record.actor(a) is not None and record.actor(a).kind == "person")  # type: ignore[union-attr]


def test_a_surname_in_zoda_is_not_declined(ru):
    text = (" date 2025-03-04\nТАШКЕНТ, 4 марта. /УзА/. Генеральный прокурор Узбекистана Нигматилла "
            "Юлдашев провел переговоры с Генеральным прокурором Таджикистана Хабибулло Вохидзода. "
            "Хабибулло Вохидзода пригласил узбекского коллегу посетить Душанбе.")
    record = ru(text, published=None)
    people = [a for a in record.actors if a.kind == "person" and a.country == "TJK"]
    assert [a.name for a in people] == ["Khabibullo Vokhidzoda"]
