"""Days of Russian engagements told without one of their own."""

from __future__ import annotations

from ru_record import events


def test_an_invitation_is_dated_by_the_talks_it_was_made_at_not_by_the_invited_event(ru):
    record = ru(" date 2024-11-15\nМОСКВА, 15 ноября. /ТАСС/. Генеральный прокурор России Игорь "
                "Краснов в четверг провел в Москве переговоры с Генеральным прокурором "
                "Узбекистана Нигматиллой Юлдашевым. Нигматилла Юлдашев пригласил российского "
                "коллегу посетить Ташкент в 2025 году.", published=None)
    [invitation] = events(record, "invitation")
    assert invitation.status == "occurred"
    assert invitation.date is not None and invitation.date.start == "2024-11-14"


def test_an_invitation_to_a_sitting_told_before_it_is_dated_by_the_call(ru):
    record = ru(" date 2024-03-05\nАСТАНА. КАЗИНФОРМ – Министр иностранных дел Казахстана Мурат "
                "Нуртлеу провел телефонный разговор с Министром иностранных дел Турции Хаканом "
                "Фиданом. Стороны обсудили подготовку к заседанию Совета министров иностранных "
                "дел Организации тюркских государств, которое состоится в Астане 24 мая. Мурат "
                "Нуртлеу пригласил турецкого коллегу принять участие в заседании.", published=None)
    [invitation] = events(record, "invitation")
    assert invitation.date is not None and invitation.date.start == "2024-03-05"


def test_a_planned_signing_takes_the_days_of_the_planned_visit(ru):
    record = ru(" date 2026-04-15\nБИШКЕК, 15 апреля. /Кабар/. Президент Кыргызстана Садыр Жапаров "
                "посетит Туркменистан с государственным визитом 21-22 апреля. Состоятся "
                "переговоры на высшем уровне. Планируется подписание соглашения о стратегическом "
                "партнерстве.", published=None)
    [visit] = events(record, "visit")
    assert visit.date is not None and (visit.date.start, visit.date.end) == ("2026-04-21", "2026-04-22")
    [signing] = events(record, "agreement")
    assert signing.status == "planned"
    assert signing.date is not None and (signing.date.start, signing.date.end) == ("2026-04-21", "2026-04-22")


def test_a_sitting_named_in_lower_case_is_an_event_of_its_day(ru):
    record = ru(" date 2025-08-22\nТуркменбаши, 22 августа (ТДХ). Вчера в Авазе состоялось совещание "
                "руководителей пограничных ведомств прикаспийских государств.", published=None)
    [sitting] = events(record, "multilateral")
    assert sitting.status == "occurred"
    assert sitting.date is not None and sitting.date.start == "2025-08-21"
    assert sorted(sitting.countries) == ["AZE", "IRN", "KAZ", "RUS", "TKM"]


def test_a_signing_takes_the_day_of_the_sitting_it_follows_not_of_a_reception_told_between(ru):
    record = ru(" date 2024-12-03\nБАКУ, 3 дек – РИА Новости. Вице-премьер РФ Алексей Оверчук и "
                "заместитель премьер-министра Азербайджана Шахин Мустафаев провели во вторник в "
                "Баку 23-е заседание межправительственной комиссии по экономическому сотрудничеству.\n\n"
                "Находящийся в Азербайджане с рабочим визитом Оверчук накануне был принят "
                "президентом республики Ильхамом Алиевым.\n\nПо итогам заседания сопредседатели "
                "комиссии подписали протокол.", published=None)
    [signing] = events(record, "agreement")
    assert signing.date is not None and signing.date.start == "2024-12-03"


def test_political_consultations_are_talks(ru):
    record = ru(" date 2024-10-08\nАШХАБАД, 8 октября (ТДХ). Сегодня в Министерстве иностранных дел "
                "Туркменистана состоялись политические консультации между внешнеполитическими "
                "ведомствами Туркменистана и Российской Федерации.", published=None)
    [talks] = events(record, "meeting")
    assert talks.status == "occurred" and sorted(talks.countries) == ["RUS", "TKM"]
    assert talks.date is not None and talks.date.start == "2024-10-08"


def test_a_visit_told_as_under_way_starts_on_the_arrival_told_later(ru):
    record = ru(" date 2025-10-09\nДУШАНБЕ, 9 октября. /ТАСС/. Президент России Владимир Путин, "
                "находящийся в Таджикистане с государственным визитом, провел в четверг переговоры "
                "с Президентом Таджикистана Эмомали Рахмоном.\n\nПутин прилетел в Душанбе в среду "
                "вечером.", published=None)
    [visit] = events(record, "visit")
    assert visit.date is not None and visit.date.start == "2025-10-08"
    [talks] = events(record, "meeting")
    assert talks.date is not None and talks.date.start == "2025-10-09"


def test_a_visit_recalled_with_a_date_of_its_own_is_another_visit(ru):
    record = ru(" date 2025-06-24\nБаку, 24 июня, АЗЕРТАДЖ. Председатель Милли Меджлиса Сахиба Гафарова "
                "24 июня встретилась с Председателем Мажилиса Парламента Казахстана Ерланом "
                "Кошановым, находящимся в нашей стране с официальным визитом. Спикер напомнила о "
                "своем визите в Астану в сентябре прошлого года. Ерлан Кошанов, прибывший в Баку "
                "23 июня, поблагодарил за гостеприимство.", published=None)
    starts = sorted(e.date.start for e in events(record, "visit") if e.date is not None)
    assert starts == ["2024-09", "2025-06-23"]


def test_a_meeting_planned_in_the_course_of_the_visit_takes_its_day_not_a_sitting_told_between(ru):
    """"В ходе визита министр также встретится с X" after a sitting to come told in between: the
    visit's day, not the sitting's month."""
    record = ru(" date 2026-10-20\nМОСКВА, 20 октября. /ТАСС/. Министр иностранных дел России Сергей Лавров 19 "
                "октября провел переговоры с министром иностранных дел Таджикистана Сироджиддином Мухриддином, "
                "прибывшим в Москву с рабочим визитом.\n\nСтороны обсудили подготовку к заседанию Совета глав "
                "правительств СНГ, которое пройдет в Душанбе в ноябре.\n\nВ ходе визита таджикский министр "
                "также встретится с Председателем Государственной Думы Вячеславом Володиным.", published=None)
    [planned] = [e for e in record.events if e.kind == "meeting" and e.status == "planned"]
    assert planned.date is not None and planned.date.start == "2026-10-19"
