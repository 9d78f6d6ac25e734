"""Two gatherings told in one sentence: a sitting in a clause of its own verb and time is an
engagement of its own, with the parties of its own clause."""

from __future__ import annotations

from ru_record import events


def test_a_sitting_in_a_clause_of_its_own_is_told(ru):
    record = ru(" date 2026-05-04\nМОСКВА, 4 мая. /ТАСС/. 21 мая в Минске состоится Евразийский экономический "
                "форум с участием глав правительств Армении и Кыргызстана, а 22 мая Президент России Владимир "
                "Путин примет участие в заседании Высшего Евразийского экономического совета.", published=None)
    [forum] = events(record, "gathering")
    [sitting] = events(record, "multilateral")
    assert sitting.date is not None and sitting.date.start == "2026-05-22"
    assert forum.date is not None and forum.date.start == "2026-05-21"
    assert "ARM" not in sitting.countries and "KGZ" not in sitting.countries
    assert "RUS" in sitting.countries


def test_a_sitting_within_the_summit_is_the_summit(ru):
    record = ru(" date 2026-06-10\nАСТАНА. КАЗИНФОРМ – Президент Казахстана Касым-Жомарт Токаев примет участие "
                "в заседании Совета глав государств – членов ШОС в рамках саммита ШОС в Бишкеке.", published=None)
    assert len(events(record, "gathering")) + len(events(record, "multilateral")) == 1


def test_the_second_of_two_joined_gatherings_keeps_no_place_of_the_first(ru):
    record = ru(" date 2026-06-10\nБишкек, 10 июня /Кабар/. Министры обсудили подготовку к заседанию Совета "
                "министров иностранных дел ШОС, которое пройдет 15-16 июля в Алматы, а также к саммиту ШОС, "
                "запланированному на конец августа.", published=None)
    [summit] = events(record, "gathering")
    assert summit.countries == ["SCO"]
