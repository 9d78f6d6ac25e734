"""A title with no name beside it stands for the one person of the story who holds it."""

from __future__ import annotations

from ru_record import events, names

INVITED = (
    "АСТАНА, 12 марта. Председатель Верховного суда Республики Казахстан Асланбек Мергалиев "
    "провел переговоры с Председателем Верховного суда Монголии Батсайханом Доржем.\n\n"
    "Стороны обсудили обмен опытом в сфере цифровизации судопроизводства.\n\n"
    "Председатель Верховного суда Монголии пригласил Асланбека Мергалиева посетить Улан-Батор "
    "с официальным визитом.")

TWO_MINISTERS = (
    "ТАШКЕНТ, 2 июня. Министр иностранных дел Узбекистана Бахтиёр Саидов встретился с министром "
    "иностранных дел Латвии Байбой Браже.\n\nМинистры иностранных дел обсудили транзит грузов. "
    "Министр иностранных дел пригласил латвийскую сторону на инвестиционный форум.")


def test_a_bare_title_of_a_country_is_its_named_holder(ru):
    record = ru(INVITED, published="2025-03-12")
    [invitation] = events(record, "invitation")
    assert names(record, invitation) == {"Aslanbek Mergaliyev", "Batsaikhan Dorj"}
    holder = next(a for a in record.actors if a.name == "Batsaikhan Dorj")
    text = INVITED
    assert [text[s:e] for s, e in holder.mentions][-1] == "Председатель Верховного суда Монголии"


def test_a_title_two_people_hold_names_neither(ru):
    record = ru(TWO_MINISTERS, published="2025-06-02")
    ministers = [a for a in record.actors if a.kind == "person"]
    text = TWO_MINISTERS
    for actor in ministers:
        said = [text[s:e] for s, e in actor.mentions]
        assert not any(m.lower().startswith("министр") for m in said), said


COLLEAGUE = (
    "ДУШАНБЕ, 20 мая. Министр энергетики Таджикистана Далер Джумаев провел переговоры с министром "
    "энергетики Узбекистана Журабеком Мирзамахмудовым.\n\n"
    "Далер Джумаев пригласил узбекского коллегу принять участие в Душанбинском водном форуме.")


def test_a_demonym_colleague_is_the_one_person_of_that_country(ru):
    record = ru(COLLEAGUE, published="2025-05-20")
    [invitation] = events(record, "invitation")
    assert names(record, invitation) == {"Daler Dzhumayev", "Jurabek Mirzamakhmudov"}
    guest = next(a for a in record.actors if a.name == "Jurabek Mirzamakhmudov")
    assert [COLLEAGUE[s:e] for s, e in guest.mentions][-1] == "узбекского коллегу"


ONE_MINISTER = (
    "БИШКЕК, 9 марта /Кабар/. Министр иностранных дел Кыргызстана Жээнбек Кулубаев провел телефонный "
    "разговор с Президентом Монголии Ухнаагийн Хурэлсухом.\n\n"
    "Министр также примет участие в заседании Совета министров иностранных дел СНГ в Минске.")

TWO_STATES_MINISTERS = (
    "АНКАРА, 4 апреля. /Тренд/. Президент Турции Реджеп Тайип Эрдоган принял министра энергетики "
    "Азербайджана Парвиза Шахбазова. Во встрече участвовал министр энергетики Турции Алпарслан Байрактар.\n\n"
    "Турецкий министр также примет участие в заседании Совета министров энергетики ОЧЭС в Баку.")


def test_a_bare_minister_is_the_one_minister_of_a_portfolio(ru):
    record = ru(ONE_MINISTER, published="2026-03-09")
    sitting = next(e for e in record.events if e.trigger.text == "заседании")
    assert "Jeenbek Kulubaev" in names(record, sitting)


def test_a_bare_minister_with_a_demonym_is_that_state_s_minister(ru):
    record = ru(TWO_STATES_MINISTERS, published="2026-04-04")
    sitting = next(e for e in record.events if e.trigger.text == "заседании")
    assert "Alparslan Bayraktar" in names(record, sitting)
    assert "Recep Tayyip Erdoğan" not in names(record, sitting)


def test_a_bare_title_names_its_holder_whose_post_has_a_scope(ru):
    text = ("БИШКЕК, 3 июня /Кабар/. Президент Кыргызстана Садыр Жапаров принял Специального представителя ЕС "
            "по Центральной Азии Эдуардса Стипрайса.\n\nВ тот же день Специальный представитель ЕС провел "
            "встречу с министром иностранных дел Жээнбеком Кулубаевым.")
    record = ru(text, published="2026-06-03")
    met = next(e for e in record.events if e.trigger.text.startswith("провел встречу"))
    assert {"Eduards Stiprais", "Jeenbek Kulubaev"} <= names(record, met)
