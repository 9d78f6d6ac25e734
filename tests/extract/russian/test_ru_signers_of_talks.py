"""A signing that names no one after talks it names ("По итогам переговоров министры
подписали"): the officials of those talks, not the story's visitor and host (``frame.py``)."""

from __future__ import annotations

from ru_record import events, names


def test_the_ministers_of_the_talks_named_sign(ru):
    text = (" date 2026-03-12\nАСТАНА. КАЗИНФОРМ – Глава государства Касым-Жомарт Токаев принял "
            "Министра иностранных дел Венгрии Петера Сийярто.\n\nНакануне П.Сийярто провел "
            "переговоры с Министром иностранных дел Казахстана Муратом Нуртлеу. По итогам "
            "переговоров министры подписали Меморандум о взаимопонимании в области гражданской "
            "защиты.")
    record = ru(text, published=None)
    [signed] = events(record, "agreement")
    assert names(record, signed) == {"Péter Szijjártó", "Murat Nurtleu"}
    assert signed.date is not None and signed.date.start == "2026-03-11"
