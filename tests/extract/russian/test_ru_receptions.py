""""X принял Y": a reception (a meeting the guest pays the host) whatever stands between the verb
and the guest: a day, an adverb, the place of the reception."""

from __future__ import annotations

import pytest
from ru_record import events, names


@pytest.mark.parametrize(("text", "guest", "host", "countries", "day"), [
    ("АСТАНА, 3 марта. /Казинформ/ - Президент Казахстана Касым-Жомарт Токаев принял в Акорде "
     "министра иностранных дел Венгрии Петера Сийярто.", "Péter Szijjártó",
     "Kassym-Jomart Tokayev", ["HUN", "KAZ"], "2025-03-03"),
    ("Баку, 5 декабря, АЗЕРТАДЖ\n\nПрезидент Азербайджана Ильхам Алиев принял 5 декабря "
     "делегацию во главе с министром иностранных дел Финляндии Элиной Валтонен.",
     "Elina Valtonen", "Ilham Aliyev", ["AZE", "FIN"], "2024-12-05"),
    ("АШХАБАД, 3 июля (ТДХ). Президент Туркменистана Сердар Бердымухамедов принял сегодня "
     "прибывшую в нашу страну Генерального секретаря ОБСЕ Хельгу Марию Шмид.", "Helga Schmid",
     "Serdar Berdimuhamedov", ["OSCE", "TKM"], "2025-07-03"),
])
def test_a_reception_over_a_day_an_adverb_or_a_place(ru, text, guest, host, countries, day):
    record = ru(text, published=day)
    [meeting] = events(record, "meeting")
    assert meeting.status == "occurred"
    assert sorted(meeting.countries) == countries
    assert {guest, host} <= names(record, meeting)
    assert meeting.date is not None and meeting.date.start == day


@pytest.mark.parametrize("text", [
    "Президент Казахстана Касым-Жомарт Токаев 3 марта принял в Астане участие в заседании "
    "Высшего Евразийского экономического совета.",
    "Мажилис Парламента Казахстана принял в первом чтении закон о ратификации соглашения с "
    "Азербайджаном.",
])
def test_what_is_taken_part_in_or_passed_is_no_reception(ru, text):
    record = ru(text)
    assert not events(record, "meeting"), [(e.kind, e.trigger.text) for e in record.events]


def test_a_guest_whose_accusative_reads_as_a_genitive(ru):
    record = ru("АСТАНА, 3 декабря. /Казинформ/ - Министр иностранных дел Казахстана Ермек Кошербаев "
                "принял Чрезвычайного и Полномочного Посла КНР в Казахстане Хань Чуньлиня.",
                published="2025-12-03")
    [meeting] = events(record, "meeting")
    assert sorted(meeting.countries) == ["CHN", "KAZ"]
    assert names(record, meeting) == {"Yermek Kosherbayev", "Han Chunlin"}


def test_a_reception_of_the_participants_of_a_sitting_of_five_states_is_multilateral(ru):
    record = ru(
        " date 2025-08-22\n"
        "АШХАБАД, 22 августа (ТДХ). В Ашхабаде прошло совещание министров транспорта "
        "прикаспийских государств.\n\nВечером главы делегаций были приняты Президентом "
        "Туркменистана Сердаром Бердымухамедовым.", published=None)
    assert not events(record, "meeting"), [(e.kind, e.trigger.text, e.countries) for e in record.events]
    reception = [e for e in events(record, "multilateral") if e.trigger.text == "приняты"]
    assert reception and sorted(reception[0].countries) == ["AZE", "IRN", "KAZ", "RUS", "TKM"]


def test_a_reception_told_object_first_is_the_guests_visit_to_the_host(ru):
    record = ru(" date 2025-03-12\nАСТАНА, 12 марта. /Казинформ/. Заместитель Премьер-министра – Министр "
                "иностранных дел Казахстана Ермек Кошербаев провел переговоры с Министром иностранных "
                "дел Венгрии Петером Сийярто, прибывшим в Астану с официальным визитом.\n\nВ среду "
                "венгерского министра примет Президент Казахстана Касым-Жомарт Токаев.", published=None)
    planned = [e for e in events(record, "meeting") if e.status == "planned"]
    assert len(planned) == 1
    assert names(record, planned[0]) == {"Péter Szijjártó", "Kassym-Jomart Tokayev"}
    assert planned[0].date is not None and planned[0].date.start == "2025-03-12"
    host = next(a for a in record.actors if a.name == "Kassym-Jomart Tokayev")
    assert host.id in planned[0].recipient  # the host receives: the guest is the source


def test_the_object_first_order_needs_a_person_before_the_verb(ru):
    record = ru(" date 2025-03-12\nАСТАНА, 12 марта. /Казинформ/. Решение примет Правительство "
                "Казахстана до конца месяца.", published=None)
    assert not events(record, "meeting")
