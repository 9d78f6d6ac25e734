"""A sitting or gathering named first and dated by the next sentence ("X примет участие в
заседании Совета министров иностранных дел СНГ. Заседание пройдет 10 октября в Душанбе")."""

from __future__ import annotations

import pytest
from ru_record import events


@pytest.mark.parametrize(("text", "kind", "start", "host"), [
    (" date 2026-04-07\nМИНСК, 7 апреля (БелТА). Министр иностранных дел Беларуси Максим Рыженков примет "
     "участие в заседании Совета министров иностранных дел СНГ. Заседание пройдет 17 апреля в Ашхабаде.",
     "multilateral", "2026-04-17", "TKM"),
    (" date 2026-02-10\nАСТАНА. КАЗИНФОРМ – Президент Казахстана Касым-Жомарт Токаев примет участие в "
     "саммите Организации тюркских государств. Саммит состоится 6 марта в Габале, сообщили в Акорде.",
     "gathering", "2026-03-06", "AZE"),
])
def test_the_bare_noun_of_the_next_sentence_dates_the_one_told_before(ru, text, kind, start, host):
    record = ru(text, published=None)
    [told] = events(record, kind)
    assert told.date is not None and told.date.start == start
    assert told.status == "planned"
    assert host in told.countries


def test_a_sitting_with_a_day_of_its_own_keeps_it(ru):
    record = ru(" date 2026-04-07\nМИНСК, 7 апреля (БелТА). Министр иностранных дел Беларуси Максим Рыженков "
                "14 апреля примет участие в заседании Совета министров иностранных дел СНГ. Заседание пройдет "
                "в Ашхабаде, уточнили в МИД.", published=None)
    [sitting] = events(record, "multilateral")
    assert sitting.date is not None and sitting.date.start == "2026-04-14"


def test_another_noun_does_not_date_it(ru):
    record = ru(" date 2026-04-07\nМИНСК, 7 апреля (БелТА). Министр иностранных дел Беларуси Максим Рыженков "
                "примет участие в заседании Совета министров иностранных дел СНГ. Форум молодежи пройдет "
                "17 апреля в Минске.", published=None)
    [sitting] = events(record, "multilateral")
    assert sitting.date is None


def test_the_body_named_again_by_its_head_noun_dates_the_sitting_told_before(ru):
    record = ru(" date 2026-03-02\nДУШАНБЕ, 2 марта (Ховар). Министр энергетики Таджикистана Далер Джума принял "
                "делегацию Министерства энергетики Узбекистана. Стороны обсудили подготовку очередного заседания "
                "Межправительственной таджикско-узбекской комиссии по сотрудничеству. Заседание Комиссии "
                "состоится 20 марта в Ташкенте.", published=None)
    planned = [e for e in record.events if e.status == "planned"]
    assert len(planned) == 1
    assert planned[0].date is not None and planned[0].date.start == "2026-03-20"


def test_a_body_with_words_of_its_own_is_another_sitting(ru):
    record = ru(" date 2026-04-07\nМИНСК, 7 апреля (БелТА). Министр иностранных дел Беларуси Максим Рыженков "
                "примет участие в заседании Совета министров иностранных дел СНГ. Заседание Совета глав "
                "правительств СНГ пройдет 17 апреля в Ашхабаде.", published=None)
    sittings = events(record, "multilateral")
    assert any(s.date is None for s in sittings)


def test_the_council_named_again_in_a_city_of_a_state_the_first_did_not_name_is_that_sitting(ru):
    record = ru(" date 2026-09-21\nАСТАНА. КАЗИНФОРМ – Министр иностранных дел Казахстана Ермек Кошербаев "
                "встретился с Министром иностранных дел Армении Араратом Мирзояном. Министры обсудили "
                "подготовку к заседанию Совета министров иностранных дел ОДКБ. Заседание Совета состоится "
                "2 октября в Бишкеке.", published=None)
    planned = [e for e in record.events if e.status == "planned"]
    assert [e.kind for e in planned] == ["multilateral"]
    assert planned[0].date is not None and planned[0].date.start == "2026-10-02"
    assert "KGZ" in planned[0].countries


@pytest.mark.parametrize("opening", ["В Ташкенте стартовал V Ташкентский международный инвестиционный форум.",
                                     "В Габале начал работу XV Форум межрегионального сотрудничества Азербайджана "
                                     "и России."])
def test_a_gathering_told_opening_with_no_day_is_of_the_report_s_day(ru, opening):
    record = ru(" date 2026-05-28\nБАКУ, 28 мая. /Тренд/. " + opening + " В его работе принимают участие "
                "представители 40 стран.", published=None)
    [gathering] = events(record, "gathering")
    assert gathering.date is not None and gathering.date.start == "2026-05-28"


def test_a_gathering_named_in_passing_stays_undated(ru):
    record = ru(" date 2026-05-28\nБАКУ, 28 мая. /Тренд/. Министр иностранных дел Азербайджана Джейхун Байрамов "
                "провел встречу с Министром иностранных дел Грузии Макой Бочоришвили в рамках Глобального форума.",
                published=None)
    assert all(g.date is None for g in events(record, "gathering"))
