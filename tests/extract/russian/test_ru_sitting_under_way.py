"""A report from a sitting under way: the dateline "Алматы. 23 сентября. КазТАГ –" (a full stop
after the city, ``header.py``), and talks held on its sidelines, told in the past on its second
day, dated by that day rather than the sitting's three (``frame.py``)."""

from __future__ import annotations

from ru_record import events, names

from dateline.extract.russian.header import find_ru_dateline

_TEXT = (
    " date 2026-09-23\nАлматы. 23 сентября. КазТАГ – Заседание Комитета старших должностных лиц "
    "Совещания по взаимодействию и мерам доверия в Азии (СВМДА) проходит в Алматы 22-24 "
    "сентября, передает корреспондент агентства.\n\nНа полях заседания заместитель министра "
    "иностранных дел Казахстана Алибек Бакаев провел встречу с заместителем министра иностранных "
    "дел Азербайджана Эльнуром Мамедовым.")


def test_a_dateline_with_a_full_stop_after_the_city():
    found = find_ru_dateline(_TEXT)
    assert found is not None
    assert (found.info.place, found.info.day, found.info.month, found.info.outlet) == ("Almaty", 23, 9, "КазТАГ")


def test_talks_on_the_sidelines_of_a_sitting_under_way_are_of_the_day_told(ru):
    record = ru(_TEXT, published=None)
    talks = [e for e in events(record, "meeting") if "Elnur Mammadov" in names(record, e)]
    assert len(talks) == 1, [(e.kind, e.trigger.text, e.countries) for e in record.events]
    assert talks[0].date is not None and (talks[0].date.start, talks[0].date.end) == ("2026-09-23", "2026-09-23")
    assert sorted(talks[0].countries) == ["AZE", "KAZ"]
