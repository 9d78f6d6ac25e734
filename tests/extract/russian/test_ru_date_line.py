"""The ``date YYYY-MM-DD`` first line gives the publication date, not a date told of an
engagement: a press release with a headline and no dateline dates its talks by their own day
(``pipeline.py``, ``header.date_line_end``)."""

from __future__ import annotations

from ru_record import events

from dateline.extract.russian.header import date_line_end


def test_the_talks_of_a_press_release_keep_their_own_day(ru):
    text = (" date 2026-04-15\nО политических консультациях между МИД Казахстана и Латвии\n\n14 "
            "апреля 2026 года в г. Рига заместитель Министра иностранных дел Республики Казахстан "
            "Алибек Бакаев провел очередной раунд политических консультаций с Государственным "
            "секретарем Министерства иностранных дел Латвийской Республики Андрисом Пелшсом.")
    record = ru(text, published=None)
    talks = events(record, "meeting")
    assert talks and talks[0].date is not None and talks[0].date.start == "2026-04-14"
    assert not [t for t in record.times if t.span[0] < text.index("О ")]


def test_the_date_line_end():
    assert date_line_end(" date 2026-04-15\nО консультациях") == len(" date 2026-04-15\n")
    assert date_line_end("БАКУ, 17 февраля. /Тренд/.") == 0
