"""Agency copy of calls and royals (session 15): a call told "в ходе телефонного разговора" with
no call before it is a call, and what its parties discussed is no party; a guest received under a
style ("принял Его Высочество шейха X") is received; a royal's style between a title and the name
("наследного принца Абу-Даби шейха X") leaves the title the name's; Arabic names of Arab states
with h for the х inside a word and the Gulf's "bin"; a monarch heard with his numeral; a noun
after "примет участие в" takes that verb's tense."""

from __future__ import annotations

from ru_record import events, names, person


def test_a_call_told_in_its_course_is_a_call_of_two_states(ru):
    text = (" date 2025-09-02\nАСТАНА, 2 сентября. КазТАГ – Президент Казахстана Касым-Жомарт Токаев в ходе "
            "телефонного разговора с Президентом Кыргызстана Садыром Жапаровым обсудил подготовку к "
            "заседанию Совета глав государств СНГ.")
    record = ru(text, published=None)
    [call] = events(record, "call")
    assert sorted(call.countries) == ["KAZ", "KGZ"]
    assert names(record, call) >= {"Kassym-Jomart Tokayev", "Sadyr Japarov"}
    assert not events(record, "meeting")


def test_a_call_told_first_in_its_course_opens_the_sentence(ru):
    text = (" date 2025-10-07\nАШХАБАД, 7 октября (ТДХ). В ходе телефонного разговора министр иностранных дел "
            "Туркменистана Рашид Мередов и министр иностранных дел Азербайджана Джейхун Байрамов "
            "обменялись мнениями о графике визитов.")
    record = ru(text, published=None)
    [call] = events(record, "call")
    assert sorted(call.countries) == ["AZE", "TKM"]
    assert not events(record, "meeting")


def test_a_guest_received_under_a_style_is_received(ru):
    text = (" date 2025-04-15\nДУШАНБЕ, 15 апреля /НИАТ «Ховар»/. Президент Республики Таджикистан Эмомали "
            "Рахмон принял Его Превосходительство министра иностранных дел Кувейта Абдуллу Али "
            "Аль-Яхью.")
    record = ru(text, published=None)
    [meeting] = events(record, "meeting")
    assert sorted(meeting.countries) == ["KWT", "TJK"]


def test_a_royal_style_after_a_title_of_an_emirate(ru):
    text = (" date 2025-12-02\nТАШКЕНТ, 2 декабря (УзА). Президент Узбекистана Шавкат Мирзиёев встретился с "
            "наследным принцем Дубая шейхом Хамданом бен Мохаммедом Аль Мактумом.")
    record = ru(text, published=None)
    prince = next(a for a in record.actors if a.kind == "person" and "Maktum" in a.name)
    assert (prince.title, prince.country) == ("Crown Prince", "ARE")
    assert " bin Mohammed " in prince.name


def test_an_arabic_name_writes_h_inside_a_word(ru):
    text = (" date 2025-01-28\nБАКУ, 28 января. /Тренд/. Министр экономики Азербайджана Микаил Джаббаров "
            "провел переговоры с министром финансов Египта Ахмедом Каучуком.")
    record = ru(text, published=None)
    person(record, "Ahmed Kauchuk")


def test_a_monarch_is_heard_with_his_numeral(ru):
    text = (" date 2025-06-24\nАМСТЕРДАМ, 24 июня. /ТАСС/. Король Нидерландов Виллем-Александр встретился с "
            "королем Иордании Абдаллой II.")
    record = ru(text, published=None)
    person(record, "Abdullah II")


def test_a_gathering_one_will_take_part_in_after_where(ru):
    text = (" date 2025-08-20\nБИШКЕК, 20 августа — Кабар. Председатель Кабинета министров Кыргызстана "
            "Адылбек Касымалиев прибыл в Минск, где примет участие в заседании Евразийского "
            "межправительственного совета.")
    record = ru(text, published=None)
    [visit] = events(record, "visit")
    assert "EAEU" not in visit.countries
    sitting = next(e for e in record.events if e.kind in ("multilateral", "gathering"))
    assert sitting.status == "planned"


def test_the_arabic_article_before_a_sun_letter_is_al(ru):
    text = (" date 2025-02-11\nБАКУ, 11 февраля. /Тренд/. Министр внутренних дел Азербайджана Вилаят Эйвазов "
            "встретился с министром внутренних дел Кувейта Фахадом Юсифом Ас-Сабахом.")
    record = ru(text, published=None)
    minister = next(a for a in record.actors if a.kind == "person" and a.country == "KWT")
    assert minister.name.endswith(" Al-Sabah")
