""""передает агентство со ссылкой на пресс-секретаря X": who the news is told on the authority of
is no party to it, as "по словам X" ("according_to" in ru_events.yaml)."""

from __future__ import annotations

from ru_record import events, names


def test_the_source_referred_to_is_no_party(ru):
    record = ru(" date 2026-03-12\nАСТАНА. КАЗИНФОРМ – Президент Казахстана Касым-Жомарт Токаев принял "
                "Генерального секретаря ШОС Нурлана Ермекбаева, сообщает агентство со ссылкой на "
                "пресс-секретаря Президента Руслана Желдибая.", published=None)
    [meeting] = events(record, "meeting")
    assert "Ruslan Zheldibay" not in names(record, meeting)
    assert "Kassym-Jomart Tokayev" in names(record, meeting)
