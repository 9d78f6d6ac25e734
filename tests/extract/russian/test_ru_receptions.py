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
