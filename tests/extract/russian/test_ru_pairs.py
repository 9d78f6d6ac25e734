""""Лидеры двух стран договорились встретиться": the two sides of the engagement told before."""

from __future__ import annotations

from ru_record import events, names


def test_the_leaders_of_the_two_countries_are_the_two_of_the_call(ru):
    record = ru(" date 2025-11-28\nАШХАБАД, 28 ноября (ТДХ). Сегодня Президент Туркменистана Сердар "
                "Бердымухамедов провел телефонный разговор с Президентом Азербайджанской Республики "
                "Ильхамом Алиевым.\n\nГлавы государств обсудили ход реализации договоренностей, "
                "достигнутых в ходе государственного визита Президента Туркменистана в Азербайджан в "
                "мае текущего года.\n\nЛидеры двух стран договорились встретиться в декабре в Ашхабаде.",
                published=None)
    [meeting] = [e for e in events(record, "meeting") if e.status == "planned"]
    assert names(record, meeting) == {"Serdar Berdimuhamedov", "Ilham Aliyev"}
    assert sorted(meeting.countries) == ["AZE", "TKM"]
    assert meeting.date is not None and meeting.date.start == "2025-12"



def test_a_meeting_of_two_office_holders_is_theirs(ru):
    """"встреча двух премьер-министров": the two heads of government named before, whatever each
    state calls the office (a Prime Minister, a Chairman of the Cabinet of Ministers)."""
    record = ru(" date 2026-10-20\nБИШКЕК, 20 октября — Кабар. Председатель Кабинета Министров Кыргызстана "
                "Адылбек Касымалиев посетит Казахстан, где проведет переговоры с Премьер-министром Казахстана "
                "Олжасом Бектеновым.\n\nНапомним, в мае прошлого года Касымалиев находился в Минске на "
                "заседании Евразийского межправительственного совета, где состоялась встреча двух "
                "премьер-министров.", published=None)
    [meeting] = [e for e in events(record, "meeting") if e.trigger.text == "встреча"]
    assert names(record, meeting) == {"Adylbek Kasymaliev", "Olzhas Bektenov"}


def test_talks_to_come_told_of_the_interlocutors_are_between_the_sides_of_the_call_before(ru):
    """"Собеседники обсудили подготовку к межмидовским консультациям": the two sides of the call told
    right before, not the story's first talks; "которые решено провести в июле" is to come."""
    record = ru(" date 2026-04-14\nАСТАНА. КАЗИНФОРМ – Министр иностранных дел Казахстана Ермек Кошербаев провел "
                "переговоры с Министром иностранных дел Египта Бадром Абдельатти.\n\nВечером Е.Кошербаев провел "
                "телефонный разговор с Министром иностранных дел Монголии Батмунхийн Батцэцэг. Собеседники "
                "обсудили подготовку к межмидовским консультациям, которые решено провести в июле в Астане.",
                published=None)
    [talks] = [e for e in events(record, "meeting") if e.status == "planned"]
    assert sorted(talks.countries) == ["KAZ", "MNG"]
    assert talks.date is not None and talks.date.start == "2026-07"


def test_the_next_round_agreed_by_the_ministers_is_between_the_two_states_of_the_talks_told(ru):
    """"министры договорились провести очередной раунд": the states of the call, not of the sitting of
    an organisation the story told first; "в первой половине мая" is May."""
    record = ru(" date 2026-03-05\nАСТАНА. КАЗИНФОРМ – Министр иностранных дел Казахстана Ермек Кошербаев "
                "примет участие в заседании Совета министров иностранных дел ОТГ, которое пройдет 20 марта. "
                "Накануне Е.Кошербаев провел телефонный разговор с Министром иностранных дел Венгрии Петером "
                "Сийярто.\n\nМинистры договорились провести очередной раунд межмидовских консультаций в "
                "Будапеште в первой половине мая.", published=None)
    [talks] = [e for e in events(record, "meeting") if e.status == "planned"]
    assert sorted(talks.countries) == ["HUN", "KAZ"]
    assert talks.date is not None and talks.date.start == "2026-05"


def test_a_round_decided_on_with_no_subject_is_to_come_between_the_states_told(ru):
    record = ru(" date 2026-03-11\nБишкек, 11 марта /Кабар/. В МИД Кыргызской Республики состоялись политические "
                "консультации между Кыргызстаном и Узбекистаном.\n\nОчередной раунд консультаций решено провести "
                "в Ташкенте во втором полугодии.", published=None)
    [talks] = [e for e in events(record, "meeting") if e.status == "planned"]
    assert sorted(talks.countries) == ["KGZ", "UZB"]
    assert talks.date is not None and (talks.date.start, talks.date.end) == ("2026-07", "2026-12")


def test_the_leaders_of_the_two_countries_told_by_a_press_secretary_of_one_are_the_two(ru):
    """The state in the title of who reports the talks ("сообщил пресс-секретарь Президента
    Узбекистана") names no party: the talks of "лидеров двух стран" are still the two's."""
    record = ru(" date 2025-10-02\nТашкент, 02.10.2025 /УзА/. По приглашению Президента Казахстана Касым-Жомарта "
                "Токаева Президент Узбекистана Шавкат Мирзиёев 9 октября посетит Астану с рабочим визитом.\n\nКак "
                "сообщил пресс-секретарь Президента Узбекистана Шерзод Асадов, в Астане запланированы переговоры "
                "лидеров двух стран.", published=None)
    [talks] = events(record, "meeting")
    assert names(record, talks) == {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}
