"""The page around an agency story (``russian/page.py``): a headline above the dateline retells
the lead and is no sentence of the report; "Читайте также: ...", "Фото: ..." and the like are
the page's lines, not the report's; a dateline may give its day as digits."""

from __future__ import annotations

from ru_record import events

from dateline.extract.russian.header import find_ru_dateline


def test_a_headline_above_the_dateline_is_no_second_meeting(ru):
    record = ru("Глава МИД Узбекистана и министр Турции обсудили транзит\n"
                "ТАШКЕНТ, 3 марта. /УзА/. Министр иностранных дел Республики Узбекистан Бахтиёр "
                "Саидов провел переговоры с Министром иностранных дел Турецкой Республики Хаканом Фиданом.",
                published="2026-03-03")
    assert record.dateline is not None and record.dateline.place == "Tashkent"
    assert len(events(record, "meeting")) == 1


def test_a_headline_of_a_visit_to_come_is_no_second_visit(ru):
    record = ru("Рахмон посетит Кыргызстан\n\nДушанбе, 3 марта. /Ховар/. Президент Республики "
                "Таджикистан Эмомали Рахмон 20 марта совершит государственный визит в Кыргызстан.",
                published="2026-03-03")
    assert record.dateline is not None and record.dateline.country == "TJK"
    assert len(events(record, "visit")) == 1


def test_a_read_also_line_tells_no_engagement(ru):
    record = ru("МИНСК, 3 мар – БЕЛТА. Премьер-министр Беларуси Александр Турчин встретился с Послом "
                "Индии в Беларуси.\n\nЧитайте также: Лукашенко провел совещание с руководством "
                "правительства\n\nФото: пресс-служба Совета Министров", published="2026-03-03")
    assert not [e for e in record.events if e.kind == "multilateral"]
    assert len(events(record, "meeting")) == 1


def test_a_dateline_with_its_day_in_digits():
    found = find_ru_dateline("ДУШАНБЕ, 03.03.2026 /НИАТ «Ховар»/. Президент Республики Таджикистан")
    assert found is not None and (found.info.day, found.info.month) == (3, 3)
