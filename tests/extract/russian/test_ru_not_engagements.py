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


def test_a_meeting_denied_or_only_supposed_is_none(ru):
    record = ru("ТИРАНА, 16 мая. Премьер-министр Армении Никол Пашинян и Президент Азербайджана Ильхам "
                "Алиев могут встретиться в Тиране, заявил журналистам помощник президента России Юрий "
                "Ушаков. Ранее пресс-секретарь президента Азербайджана Азер Гасымлы сообщил, что такая "
                "встреча с Пашиняном не планируется.")
    assert events(record, "meeting") == [] and events(record, "multilateral") == []


def test_a_visit_that_will_not_take_place_is_none_but_a_meeting_not_confined_to_trade_is(ru):
    assert events(ru("Визит Президента Казахстана в Монголию не состоится."), "visit") == []
    assert events(ru("Президент Казахстана не посетит Монголию в этом году."), "visit") == []
    record = ru(TALKS + "Встреча не ограничилась вопросами торговли.")
    assert len(events(record, "meeting")) == 1


def test_talks_by_telephone_told_in_other_words_are_a_call(ru):
    record = ru("МИНСК, 9 июля. /БелТА/. Президент Беларуси Александр Лукашенко поговорил по телефону с "
                "Президентом Казахстана Касым-Жомартом Токаевым. Президенты Узбекистана и Туркменистана "
                "провели телефонные переговоры.", published="2025-07-09")
    calls = events(record, "call")
    assert [sorted(c.countries) for c in calls] == [["BLR", "KAZ"], ["TKM", "UZB"]]
    assert events(record, "meeting") == []


def test_a_law_or_decree_signed_is_no_agreement_between_states(ru):
    record = ru("Бишкек, 14 октября. Президент Кыргызстана Садыр Жапаров сегодня подписал Закон «О "
                "государственной службе», принятый Жогорку Кенешем. Кроме того, подписан указ о "
                "назначении посла в Турции. Глава государства также принял Министра иностранных дел "
                "Турции Хакана Фидана.")
    assert events(record, "agreement") == []
    [meeting] = events(record, "meeting")
    assert sorted(meeting.countries) == ["KGZ", "TUR"]


def test_a_treaty_signed_after_the_talks_is_still_an_agreement(ru):
    record = ru("Минск, 20 мая. Президент Беларуси Александр Лукашенко провел переговоры с Президентом "
                "Казахстана Касымом-Жомартом Токаевым. По итогам переговоров подписан Договор о "
                "союзнических отношениях.")
    [agreement] = events(record, "agreement")
    assert sorted(agreement.countries) == ["BLR", "KAZ"]
