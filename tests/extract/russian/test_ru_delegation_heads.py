""""Таджикскую делегацию возглавил X, китайскую – Y": who led the delegations of talks told
before takes part in them, serving the state of the delegation's demonym."""

from __future__ import annotations

from ru_record import events, names, person


def test_the_heads_of_the_delegations_are_the_talks_parties(ru):
    record = ru(
        " date 2025-09-10\n"
        "ДУШАНБЕ, 10 сентября. /Ховар/. Вчера в столице Таджикистана прошли межмидовские консультации "
        "между Таджикистаном и Китаем.\n\nТаджикскую делегацию возглавил заместитель министра "
        "иностранных дел Фарход Салим, китайскую - заместитель министра иностранных дел КНР Сунь "
        "Вэйдун.", published=None)
    [meeting] = events(record, "meeting")
    assert sorted(meeting.countries) == ["CHN", "TJK"]
    assert names(record, meeting) == {"Farkhod Salim", "Sun Weidong"}
    assert meeting.date is not None and meeting.date.start == "2025-09-09"
    assert person(record, "Farkhod Salim").country == "TJK"


def test_the_heads_of_the_sides_are_the_talks_parties(ru):
    record = ru(
        " date 2026-04-15\n"
        "БИШКЕК, 15 апреля — Кабар. В Оше прошла очередная встреча рабочих групп правительственных делегаций "
        "Кыргызстана и Узбекистана по вопросам границы.\n\nКыргызскую сторону возглавил заместитель "
        "председателя ГКНБ Эркин Осмонов, узбекскую – первый заместитель министра Нурбек Алиев.",
        published=None)
    [meeting] = events(record, "meeting")
    assert names(record, meeting) >= {"Erkin Osmonov"}
    assert len([a for a in meeting.participants if record.actor(a).kind == "person"]) == 2


def test_the_co_chairs_who_led_the_commission_are_the_sitting_s_people(ru):
    record = ru(
        " date 2026-04-21\n"
        "ТАШКЕНТ, 21 апреля – УзА. В Ташкенте состоялось заседание Межправительственной комиссии по "
        "сотрудничеству между Узбекистаном и Казахстаном. Комиссию возглавили заместитель Премьер-министра "
        "Узбекистана Жамшид Ходжаев и заместитель Премьер-министра Казахстана Серик Жумангарин.",
        published=None)
    [meeting] = events(record, "meeting")
    assert names(record, meeting) == {"Jamshid Khodjaev", "Serik Zhumangarin"}


def test_who_leads_a_standing_body_joins_no_talks(ru):
    record = ru(
        " date 2026-04-21\n"
        "БАКУ, 21 апреля /Тренд/. Председатель Милли Меджлиса Сахиба Гафарова провела встречу с послом "
        "Японии Акирой Исидой. В парламенте действует рабочая группа по связям с Японией, которую "
        "возглавляет депутат Севиль Микаилова.", published=None)
    [meeting] = events(record, "meeting")
    assert "Sevil Mikayilova" not in names(record, meeting)


def test_the_heads_sign_what_the_talks_they_led_concluded(ru):
    record = ru(
        " date 2026-04-15\n"
        "БИШКЕК, 15 апреля — Кабар. В Оше прошла очередная встреча рабочих групп правительственных делегаций "
        "Кыргызстана и Узбекистана по вопросам границы.\n\nКыргызскую сторону возглавил заместитель "
        "председателя ГКНБ Эркин Осмонов, узбекскую – первый заместитель министра Нурбек Алиев.\n\n"
        "По итогам встречи главы делегаций подписали протокол о ходе работ.", published=None)
    [agreement] = events(record, "agreement")
    assert "Erkin Osmonov" in names(record, agreement)
    assert len([a for a in agreement.participants if record.actor(a).kind == "person"]) == 2
