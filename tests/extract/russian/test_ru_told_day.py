""""Сегодня" in copy that came out the day after its dateline is the dateline's day; the record
keeps the publication date."""

from __future__ import annotations

from ru_record import events

TEXT = (" date 2025-12-04\n"
        "БАКУ, 3 декабря. /Тренд/. Сегодня в Баку Министр иностранных дел Азербайджана Джейхун "
        "Байрамов встретился с Министром иностранных дел Армении Араратом Мирзояном.")


def test_today_is_the_datelines_day_when_the_copy_came_out_the_next_day(ru):
    record = ru(TEXT, published=None)
    assert record.published == "2025-12-04"
    [meeting] = events(record, "meeting")
    assert meeting.date is not None and meeting.date.start == "2025-12-03"


def test_a_dateline_of_the_publication_day_changes_nothing(ru):
    record = ru(TEXT.replace("2025-12-04", "2025-12-03"), published=None)
    [meeting] = events(record, "meeting")
    assert meeting.date is not None and meeting.date.start == "2025-12-03"
    assert record.published == "2025-12-03"
