""""В начале года X посетил Кыргызстан": a visit dated to the year alone, told after talks with a day of
the report's, is told in passing, not the story's visit that lends the talks its place."""

from __future__ import annotations

from ru_record import events


def test_a_visit_of_the_year_told_after_the_days_talks_lends_them_no_place(ru):
    record = ru(" date 2026-03-12\nАСТАНА. КАЗИНФОРМ – Вчера Президент Казахстана Касым-Жомарт Токаев принял "
                "Генерального секретаря Организации тюркских государств Кубанычбека Омуралиева.\n\nВ начале года "
                "К.Омуралиев посетил Туркменистан.", published=None)
    [meeting] = events(record, "meeting")
    assert meeting.place is None or meeting.place.country != "TKM"
