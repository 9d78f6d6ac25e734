"""The organisation of the event a person is invited to is no party to the invitation."""

from __future__ import annotations

from ru_record import events, names


def test_the_assembly_invited_to_is_not_a_party(ru):
    record = ru(" date 2025-09-15\nБАКУ, 15 сентября. /Тренд/. Председатель Милли Меджлиса Азербайджана "
                "Сахиба Гафарова встретилась с Председателем Мажилиса Парламента Республики Казахстан "
                "Ерланом Кошановым.\n\nСахиба Гафарова пригласила казахстанского коллегу принять "
                "участие в пленарном заседании Парламентской ассамблеи тюркских государств, которое "
                "пройдет в Баку в ноябре.", published=None)
    [invitation] = events(record, "invitation")
    assert sorted(invitation.countries) == ["AZE", "KAZ"]
    assert names(record, invitation) == {"Sahiba Gafarova", "Yerlan Koshanov"}
    [gathering] = events(record, "gathering")
    assert "TURKPA" in gathering.countries


def test_the_association_named_before_the_invitation_is_not_a_party(ru):
    record = ru(" date 2024-04-17\nБИШКЕК, 17 апреля. /Кабар/. Генеральный прокурор Кыргызстана "
                "Курманкул Зулушев провел переговоры с Генеральным прокурором Азербайджана Камраном "
                "Алиевым.\n\nКамран Алиев сообщил, что ежегодная конференция Международной ассоциации "
                "прокуроров пройдет в Баку осенью, и пригласил Генерального прокурора Кыргызстана "
                "принять в ней участие.", published=None)
    [invitation] = events(record, "invitation")
    assert sorted(invitation.countries) == ["AZE", "KGZ"]


def test_an_official_of_the_organisation_keeps_it(ru):
    record = ru(" date 2025-02-10\nДУШАНБЕ, 10 февраля. /Ховар/. Генеральный секретарь ОДКБ Имангали "
                "Тасмагамбетов пригласил Министра иностранных дел Таджикистана Сироджиддина Мухриддина "
                "принять участие в заседании Совета министров иностранных дел ОДКБ.", published=None)
    [invitation] = events(record, "invitation")
    assert "CSTO" in invitation.countries and "TJK" in invitation.countries
