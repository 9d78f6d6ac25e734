"""An engagement dated by the one told before it ("В тот же день", "Днем ранее", "На следующий
день"): ``dateline/extract/russian/told_days.py``."""

from __future__ import annotations

import pytest
from ru_record import events, names

_SAME_DAY = (
    " date 2026-02-17\nБАКУ, 17 февраля. /Тренд/. Президент Азербайджана Ильхам Алиев во вторник "
    "принял Министра иностранных дел Исламской Республики Пакистан Мохаммада Исхака Дара.\n\n"
    "Глава государства с удовлетворением вспомнил свой визит в Исламабад в июле прошлого года.\n\n"
    "В тот же день И.Дар провел переговоры со своим азербайджанским коллегой Джейхуном "
    "Байрамовым.")


def test_the_same_day_is_the_day_of_the_engagement_before_not_of_one_told_in_passing(ru):
    record = ru(_SAME_DAY, published=None)
    talks = [e for e in events(record, "meeting") if "Jeyhun Bayramov" in names(record, e)]
    assert len(talks) == 1, [(e.kind, e.trigger.text) for e in record.events]
    assert talks[0].date is not None and talks[0].date.start == "2026-02-17"
    # the colleague named is the party, not the president named before with the same demonym
    assert names(record, talks[0]) == {"Ishaq Dar", "Jeyhun Bayramov"}


@pytest.mark.parametrize(("phrase", "day"), [("Днем ранее", "2025-11-03"), ("На следующий день", "2025-11-05")])
def test_a_day_before_or_after_counts_from_the_engagement_told_before(ru, phrase, day):
    text = (" date 2025-11-06\nДУШАНБЕ, 06.11.2025 /НИАТ «Ховар»/. Министр иностранных дел "
            "Республики Таджикистан Сироджиддин Мухриддин 4 ноября встретился с Послом "
            "Японии в Таджикистане Хироси Ямадой.\n\n"
            f"{phrase} глава МИД Таджикистана провел переговоры с Министром иностранных дел "
            "Туркменистана Рашидом Мередовым.")
    record = ru(text, published=None)
    talks = [e for e in events(record, "meeting") if "Rashid Meredov" in names(record, e)]
    assert len(talks) == 1
    assert talks[0].date is not None and talks[0].date.start == day
    assert talks[0].status == "occurred"


def test_a_day_of_its_own_stays(ru):
    text = (" date 2025-11-06\nДУШАНБЕ, 06.11.2025 /НИАТ «Ховар»/. Министр иностранных дел "
            "Республики Таджикистан Сироджиддин Мухриддин 4 ноября встретился с Послом "
            "Японии в Таджикистане Хироси Ямадой.\n\n"
            "В тот же день, а также 5 ноября глава МИД провел переговоры с Министром иностранных "
            "дел Туркменистана Рашидом Мередовым.")
    record = ru(text, published=None)
    talks = [e for e in events(record, "meeting") if "Rashid Meredov" in names(record, e)]
    assert talks and talks[0].date is not None and talks[0].date.start == "2025-11-05"


def test_then_too_is_the_time_of_the_engagement_before_whatever_its_grain(ru):
    text = (" date 2026-11-04\nБишкек, 4 нояб. 2026. /АКИpress/. Председатель Кабинета министров "
            "Кыргызской Республики Адылбек Касымалиев посетит Узбекистан 5-6 ноября.\n\nНапомним, в "
            "августе прошлого года Премьер-министр Узбекистана Абдулла Арипов принял участие в "
            "заседании Евразийского межправительственного совета в Чолпон-Ате. Тогда же на полях "
            "заседания состоялась встреча двух премьер-министров.")
    record = ru(text, published=None)
    met = [e for e in events(record, "meeting") if e.trigger.text == "встреча"]
    assert len(met) == 1, [(e.kind, e.trigger.text) for e in record.events]
    assert met[0].date is not None and met[0].date.start == "2025-08"
    assert met[0].status == "occurred"


def test_the_same_day_counts_from_the_arrival_told_after_the_story_visit(ru):
    record = ru(" date 2026-03-04\nБАКУ, 4 марта. Президент Азербайджана Ильхам Алиев в среду принял "
                "министра иностранных дел Грузии Маку Бочоришвили, которая находится в Баку с рабочим "
                "визитом.\n\nМинистр передала Ильхаму Алиеву приглашение премьер-министра Грузии Ираклия "
                "Кобахидзе посетить Тбилиси.\n\nГрузинский министр прибыла в азербайджанскую столицу во вторник. В тот же день "
                "она провела переговоры с главой МИД Азербайджана Джейхуном Байрамовым.", published=None)
    talks = [e for e in events(record, "meeting") if "Jeyhun Bayramov" in names(record, e)]
    assert [(e.date.start if e.date else None) for e in talks] == ["2026-03-03"]


def test_a_day_told_inside_a_participle_clause_is_not_counted_from(ru):
    record = ru(" date 2026-10-14\nБишкек, 14 октября. Президент Кыргызстана Садыр Жапаров сегодня подписал "
                "Закон «О государственной службе», принятый Жогорку Кенешем 25 сентября.\n\nВ тот же день "
                "глава государства принял Министра иностранных дел Турции Хакана Фидана.", published=None)
    [meeting] = events(record, "meeting")
    assert meeting.date is not None and meeting.date.start == "2026-10-14"
