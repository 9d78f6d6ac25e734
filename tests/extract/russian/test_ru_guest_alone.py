""""Гость" told alone as a subject is the one person of another state than the dateline's named
before; Iran's speaker is of Iran, not of Turkmenistan's Mejlis; a commander of border police is of the state
his office names, over his rank."""

from __future__ import annotations

from ru_record import events, names, person


def test_the_guest_received_later_that_day(ru):
    record = ru(
        " date 2026-10-07\n"
        "АШХАБАД, 7 октября (ТДХ). Министр иностранных дел Туркменистана Рашид Мередов встретился с "
        "заместителем министра иностранных дел Азербайджана Фаризом Рзаевым. В тот же день гость был "
        "принят Президентом Туркменистана Сердаром Бердымухамедовым.", published=None)
    received = [e for e in events(record, "meeting") if "Serdar Berdimuhamedov" in names(record, e)]
    assert received and "Rashid Meredov" not in names(record, received[0])
    assert sorted(received[0].countries) == ["AZE", "TKM"]


def test_a_guest_through_whom_an_invitation_is_passed_is_no_guest_mention(ru):
    record = ru(
        " date 2026-10-07\n"
        "АШХАБАД, 7 октября (ТДХ). Президент Туркменистана Сердар Бердымухамедов принял министра "
        "иностранных дел Азербайджана Джейхуна Байрамова. Через гостя глава государства передал "
        "Президенту Азербайджана Ильхаму Алиеву приглашение посетить Туркменистан.", published=None)
    [invitation] = events(record, "invitation")
    assert "Jeyhun Bayramov" not in names(record, invitation)


def test_the_speaker_of_irans_majlis_is_of_iran(ru):
    record = ru(
        " date 2026-11-05\n"
        "БАКУ, 5 ноября /АЗЕРТАДЖ/. Председатель Милли Меджлиса Сахиба Гафарова встретилась с "
        "Председателем Меджлиса Исламского Совета Ирана Мохаммадом Багером Галибафом.", published=None)
    speaker = person(record, "Mohammad Bagher Ghalibaf")
    assert speaker.country == "IRN"
    [meeting] = events(record, "meeting")
    assert sorted(meeting.countries) == ["AZE", "IRN"]


def test_a_commander_of_border_police_over_a_rank(ru):
    record = ru(
        " date 2026-05-12\n"
        "БАКУ, 12 мая /Тренд/. Начальник Государственной пограничной службы Азербайджана Эльчин Гулиев "
        "встретился с командующим пограничной полицией Ирана бригадным генералом Ахмадали Гударзи.",
        published=None)
    commander = person(record, "Ahmadali Goudarzi")
    assert commander.country == "IRN" and commander.title == "Commander of the Border Guard"
