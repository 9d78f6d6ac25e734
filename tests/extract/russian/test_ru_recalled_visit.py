"""A visit of the past told in passing ("в ходе недавнего визита", "итоги прошлогоднего визита")
has no day of the report's and is no story frame; talks told after it in its sentence are of it
(``events.py``, ``frame.py``)."""

from __future__ import annotations

from ru_record import events


def test_a_recent_visit_is_undated_and_no_frame(ru):
    record = ru("ТАШКЕНТ, 9 апреля. /УзА/. Президент Узбекистана Шавкат Мирзиёев встретился с "
                "министром иностранных дел Индии Субраманьямом Джайшанкаром. В ходе недавнего "
                "визита в Нью-Дели Глава государства провел переговоры с премьер-министром Индии "
                "Нарендрой Моди.", published="2026-04-09")
    first = events(record, "meeting")[0]
    assert first.place is not None and first.place.country == "UZB"
    visit = events(record, "visit")
    assert visit and visit[0].date is None


def test_talks_during_the_recalled_visit_keep_no_report_day(ru):
    record = ru("МИНСК, 9 апр – БЕЛТА. Премьер-министр Беларуси Александр Турчин принял посла "
                "Китая Се Сяоюна. Во время прошлогоднего визита в Пекин Александр Турчин "
                "встречался с Премьером Госсовета КНР Ли Цяном.", published="2026-04-09")
    talks = [e for e in events(record, "meeting") if e.place is not None and e.place.country == "CHN"]
    assert talks and all(t.date is None for t in talks)
