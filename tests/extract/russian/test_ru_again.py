"""Engagements a Russian report tells again (``again.py``) and nouns told as to come (``clause.py``)."""

from __future__ import annotations

from ru_record import events, names

TALKS = (
    "Президент Монголии Ухнаагийн Хурэлсух провел во вторник в Улан-Баторе переговоры с "
    "Президентом Казахстана Касым-Жомартом Токаевым. Встреча прошла сначала в узком составе, "
    "а затем с участием делегаций. Казахстанскую делегацию на переговорах также представлял "
    "министр иностранных дел Ермек Кошербаев. \"Мы ценим нашу дружбу\", - сказал Токаев в "
    "начале переговоров."
)


def test_talks_told_again_by_a_noun_are_the_talks_told_before(ru):
    record = ru(TALKS, published="2025-06-12")
    [meeting] = events(record, "meeting")
    assert sorted(meeting.countries) == ["KAZ", "MNG"]
    assert meeting.status == "occurred"
    assert meeting.date is not None and meeting.date.start == "2025-06-10"
    # the official of one side named at the talks joins them
    assert "Yermek Kosherbayev" in names(record, meeting)
    assert {"Kassym-Jomart Tokayev"} <= names(record, meeting)


def test_talks_on_another_day_are_other_talks(ru):
    record = ru(
        "Президент Монголии Ухнаагийн Хурэлсух провел во вторник переговоры с Президентом "
        "Казахстана Касым-Жомартом Токаевым. Прошлые переговоры лидеров состоялись 3 марта в "
        "Астане.", published="2025-06-12")
    meetings = events(record, "meeting")
    assert len(meetings) == 2
    assert sorted(m.date.start for m in meetings if m.date is not None) == ["2025-03-03", "2025-06-10"]


def test_the_end_of_a_visit_is_the_visit_told_before(ru):
    record = ru(
        "Министр иностранных дел Ирана Аббас Арагчи прибыл в Ашхабад 11 марта с официальным "
        "визитом. В тот же день он провел переговоры с министром иностранных дел Туркменистана "
        "Рашидом Мередовым. Аббас Арагчи завершит визит в четверг посещением Национального музея.",
        published="2025-03-11")
    [visit] = events(record, "visit")
    assert sorted(visit.countries) == ["IRN", "TKM"]
    assert visit.status == "occurred"
    assert visit.date is not None and (visit.date.start, visit.date.end) == ("2025-03-11", "2025-03-13")


def test_a_visit_to_come_discussed_at_a_reception_is_the_planned_visit(ru):
    record = ru(
        "Министр иностранных дел Казахстана Ермек Кошербаев посетит Монголию с официальным "
        "визитом с 9 по 11 декабря. Накануне Ермек Кошербаев принял Чрезвычайного и Полномочного "
        "Посла Монголии в Казахстане, с которым обсудил программу предстоящего визита.",
        published="2025-12-04")
    [visit] = events(record, "visit")
    assert visit.status == "planned"
    assert visit.date is not None and visit.date.start == "2025-12-09"


def test_a_sitting_decided_on_is_planned(ru):
    record = ru(
        "Сегодня в Баку состоялась встреча министров иностранных дел Азербайджана и Грузии "
        "Джейхуна Байрамова и Маки Бочоришвили. Следующую встречу решено провести в следующем "
        "году в Тбилиси.", published="2026-05-20")
    meetings = sorted(events(record, "meeting"), key=lambda m: m.status)
    assert [m.status for m in meetings] == ["occurred", "planned"]
    assert meetings[1].place is not None and meetings[1].place.country == "GEO"


def test_a_visit_to_be_is_planned(ru):
    record = ru(
        "Президент Кыргызстана Садыр Жапаров 21-22 апреля посетит Туркменистан с государственным "
        "визитом. Это будет первый государственный визит Садыра Жапарова в Туркменистан.",
        published="2026-04-15")
    [visit] = events(record, "visit")
    assert visit.status == "planned"
    assert visit.date is not None and (visit.date.start, visit.date.end) == ("2026-04-21", "2026-04-22")


def test_the_document_signed_again_is_the_signing_told_before(ru):
    record = ru(
        "Министр иностранных дел Казахстана Ермек Кошербаев подчеркнул значение подписанного 8 "
        "августа в Астане Соглашения о торговле между Республикой Казахстан и Монголией. Документ "
        "в тот же день подписали Ермек Кошербаев и министр иностранных дел Монголии Батцэцэг "
        "Батмунх.", published="2025-11-10")
    [agreement] = events(record, "agreement")
    assert sorted(agreement.countries) == ["KAZ", "MNG"]
    assert agreement.date is not None and agreement.date.start == "2025-08-08"
    assert len(names(record, agreement)) == 2


def test_a_trilateral_meeting_to_come_is_multilateral_but_a_bilateral_one_before_it_is_not(ru):
    record = ru(
        "Сегодня в Баку состоялась трехсторонняя встреча министров иностранных дел Азербайджана, "
        "Турции и Грузии – Джейхуна Байрамова, Хакана Фидана и Маки Бочоришвили. Перед "
        "трехсторонней встречей Джейхун Байрамов провел двустороннюю встречу с Хаканом Фиданом. "
        "Следующую трехстороннюю встречу решено провести в следующем году в Тбилиси.",
        published="2026-05-20")
    multilateral = sorted(events(record, "multilateral"), key=lambda e: e.status)
    assert [e.status for e in multilateral] == ["occurred", "planned"]
    assert sorted(multilateral[1].countries) == ["AZE", "GEO", "TUR"]
    [meeting] = events(record, "meeting")
    assert sorted(meeting.countries) == ["AZE", "TUR"]


def test_officials_who_also_took_part_in_the_talks_join_them_and_sign_nothing(ru):
    """"В переговорах также приняли участие X и Y": the talks told before, X and Y among their
    people; the heads still sign what "стороны подписали"."""
    record = ru(" date 2026-02-17\nАшхабад, 17 февраля (ТДХ). Заместитель Председателя Кабинета Министров, министр "
                "иностранных дел Туркменистана Рашид Мередов провел переговоры с Министром иностранных дел "
                "Республики Таджикистан Сироджиддином Мухриддином.\n\nВ переговорах также приняли участие "
                "Чрезвычайный и Полномочный Посол Республики Таджикистан в Туркменистане Тохир Назаров и "
                "заместитель министра иностранных дел Туркменистана Ахмед Гурбанов.\n\nПо итогам переговоров "
                "стороны подписали Программу сотрудничества между министерствами иностранных дел.", published=None)
    [talks] = events(record, "meeting")
    assert {"Rashid Meredov", "Sirojiddin Muhriddin", "Tokhir Nazarov", "Ahmed Gurbanov"} == set(talks.persons or [])
    [signing] = events(record, "agreement")
    assert set(signing.persons or []) == {"Rashid Meredov", "Sirojiddin Muhriddin"}
