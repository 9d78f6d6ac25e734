"""Words of a Russian report that tell no engagement: deals "на сумму", a "возможный" visit, an
invitation accepted ("принял приглашение" is no reception)."""

from __future__ import annotations

from ru_record import events

TALKS = ("Министр иностранных дел Казахстана Ермек Кошербаев 3 апреля провел в Астане переговоры с "
         "министром иностранных дел Турции Хаканом Фиданом. ")


def test_deals_for_a_sum_are_no_agreement_between_states(ru):
    record = ru(TALKS + "На бизнес-форуме компании двух стран подписали соглашения на общую сумму "
                "более 2 млрд долларов. Ожидается подписание контрактов на сумму свыше 500 млн "
                "долларов.")
    assert events(record, "agreement") == []
    assert len(events(record, "meeting")) == 1


def test_a_signing_of_a_memorandum_is_still_an_agreement(ru):
    record = ru(TALKS + "По итогам переговоров министры подписали меморандум о сотрудничестве в "
                "сфере образования.")
    [agreement] = events(record, "agreement")
    assert sorted(agreement.countries) == ["KAZ", "TUR"]


def test_a_possible_visit_is_no_visit(ru):
    record = ru(TALKS + "Отвечая на вопрос о возможном визите в Казахстан лидера КНДР, "
                "пресс-секретарь заявил, что такие планы не обсуждаются.")
    assert events(record, "visit") == []


def test_an_invitation_accepted_is_no_reception(ru):
    record = ru(TALKS + "Хакан Фидан пригласил казахстанского коллегу посетить Анкару, и тот "
                "принял приглашение.")
    [meeting] = events(record, "meeting")
    assert meeting.trigger is not None and meeting.trigger.text == "переговоры"
    [invitation] = events(record, "invitation")
    assert sorted(invitation.countries) == ["KAZ", "TUR"]
