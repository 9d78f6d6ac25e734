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


def test_the_talks_named_sign_before_the_states_of_the_document_s_name(ru):
    """The document's name tells both states; its signers are still the officials of the talks
    it names, not the president who received the guest."""
    record = ru(" date 2026-09-16\nАСТАНА, 16 сен — Sputnik. Президент Казахстана Касым-Жомарт Токаев принял "
                "министра иностранных дел Венгрии Петера Сийярто, который находится в Астане с официальным "
                "визитом.\n\nВо вторник венгерский министр провел переговоры с министром иностранных дел "
                "Казахстана Ермеком Кошербаевым. Стороны обсудили энергетику.\n\nПо итогам переговоров министры "
                "подписали Меморандум о сотрудничестве между министерствами иностранных дел Казахстана и "
                "Венгрии.", published=None)
    [agreement] = events(record, "agreement")
    assert names(record, agreement) == {"Péter Szijjártó", "Yermek Kosherbayev"}
