"""One engagement told in two ways is one event: talks held by video link are a call, an
invitation "с благодарностью принято" is the invitation told before, "на полях саммита" names no
new gathering, a meeting told again by its noun after talks of three is those talks; and those
who "приняли участие" in a sitting told before attended it."""

from __future__ import annotations

from ru_record import events, names

VIDEO = (
    " date 2025-02-11\n"
    "БИШКЕК, 11 февраля. /Кабар/. Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев "
    "в режиме видеоконференции провел переговоры с министром иностранных дел Республики Корея Чо "
    "Тхэ Ёлем.\n\nСтороны обсудили подготовку к первому саммиту \"Центральная Азия - Республика "
    "Корея\", который планируется провести в Сеуле в этом году.\n\nЖ.Кулубаев пригласил "
    "корейского коллегу посетить Кыргызстан с официальным визитом."
)


def test_talks_held_by_video_link_are_a_call_only(ru):
    record = ru(VIDEO, published=None)
    assert not events(record, "meeting"), [(e.kind, e.trigger.text) for e in record.events]
    [call] = events(record, "call")
    assert sorted(call.countries) == ["KGZ", "KOR"]
    assert names(record, call) == {"Jeenbek Kulubaev", "Cho Tae-yul"}
    [invitation] = events(record, "invitation")
    assert names(record, invitation) == {"Jeenbek Kulubaev", "Cho Tae-yul"}  # "корейского коллегу"


def test_an_invitation_accepted_is_the_invitation_told_before(ru):
    record = ru(
        " date 2025-06-24\n"
        "ТАШКЕНТ, 24 июня. /УзА/. Президент Узбекистана Шавкат Мирзиёев провел переговоры с "
        "Президентом Монголии Ухнаагийн Хурэлсухом.\n\nПрезидент Монголии пригласил Шавката "
        "Мирзиёева посетить Улан-Батор в удобное время. Приглашение было с благодарностью принято.",
        published=None)
    [invitation] = events(record, "invitation")
    assert invitation.trigger.text == "пригласил"


def test_the_summit_on_whose_sidelines_talks_will_be_held_is_the_sitting_told_before(ru):
    record = ru(
        " date 2025-10-08\n"
        "ДУШАНБЕ, 8 октября. /НИАТ «Ховар»/. Президент Республики Таджикистан Эмомали Рахмон 9-10 "
        "октября примет участие в заседании Совета глав государств СНГ, которое пройдет в "
        "Душанбе.\n\nНа полях саммита Лидер нации проведет ряд двусторонних встреч.",
        published=None)
    assert not events(record, "gathering"), [(e.kind, e.name) for e in record.events]
    [sitting] = events(record, "multilateral")
    assert sitting.date is not None and (sitting.date.start, sitting.date.end) == ("2025-10-09", "2025-10-10")


def test_a_meeting_told_again_after_talks_of_three_is_those_talks(ru):
    record = ru(
        " date 2024-10-11\n"
        "БАКУ, 11 октября. /АПА/. Министр экономики Азербайджана Микаил Джаббаров 10 октября "
        "встретился с министром экономики и финансов Узбекистана Джамшидом Кучкаровым и министром "
        "национальной экономики Казахстана Нурланом Байбазаровым.\n\nНа встрече, состоявшейся в "
        "трехстороннем формате, обсуждены вопросы развития транспортного коридора.",
        published=None)
    assert [e.kind for e in record.events] == ["multilateral"]
    assert sorted(record.events[0].countries) == ["AZE", "KAZ", "UZB"]


def test_those_who_took_part_in_a_sitting_told_before_attended_it(ru):
    record = ru(
        " date 2025-06-05\n"
        "МИНСК, 5 июня. /БелТА/. Премьер-министр Беларуси Александр Турчин принял участие в "
        "заседании Евразийского межправительственного совета, которое прошло в Минске.\n\nВ "
        "мероприятии также приняли участие премьер-министр Армении Никол Пашинян, Премьер-министр "
        "Республики Казахстан Олжас Бектенов и Председатель Правительства Российской Федерации "
        "Михаил Мишустин.\n\nНа полях заседания Александр Турчин провел двустороннюю встречу с "
        "Михаилом Мишустиным.",
        published=None)
    [sitting] = events(record, "multilateral")
    assert {"ARM", "BLR", "KAZ", "RUS"} <= set(sitting.countries)
    assert {"Alexander Turchin", "Nikol Pashinyan", "Olzhas Bektenov", "Mikhail Mishustin"} <= names(
        record, sitting)
    [meeting] = events(record, "meeting")
    assert sorted(meeting.countries) == ["BLR", "RUS"]


def test_a_meeting_told_again_on_a_gatherings_sidelines_keeps_its_own_day(ru):
    record = ru(
        " date 2025-05-30\n"
        "ДУШАНБЕ, 30 мая. /НИАТ «Ховар»/. 30 мая Президент Республики Таджикистан Эмомали Рахмон "
        "встретился с Генеральным секретарем Организации Объединенных Наций Антониу Гутерришем.\n\n"
        "Встреча состоялась на полях Международной конференции высокого уровня по сохранению "
        "ледников, проходящей в Душанбе с 29 по 31 мая.", published=None)
    [meeting] = events(record, "meeting")
    assert meeting.date is not None and meeting.date.start == "2025-05-30"
    assert {"Emomali Rahmon", "António Guterres"} <= names(record, meeting)


def test_who_confirmed_taking_part_in_a_summit_will_attend_it(ru):
    record = ru(
        " date 2025-08-12\n"
        "АСТАНА, 12 августа. /Казинформ/ - Касым-Жомарт Токаев и Садыр Жапаров провели телефонный "
        "разговор.\n\nОбсуждена повестка предстоящего саммита Организации тюркских государств, "
        "который пройдет в Габале 7 октября.\n\nПрезидент Казахстана подтвердил свое участие в "
        "саммите.", published=None)
    [summit] = events(record, "gathering")
    assert summit.status == "planned" and "OTS" in summit.countries
    assert "Kassym-Jomart Tokayev" in names(record, summit)
