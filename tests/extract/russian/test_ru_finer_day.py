"""Talks to come told again with a day inside the time told first ("консультации состоятся на
следующей неделе" ... "провести консультации 11 декабря") are the same talks, on that day
(``again._within``)."""

from __future__ import annotations

from ru_record import events


def test_consultations_told_again_with_their_day(ru):
    record = ru("МИНСК, 3 мар – БЕЛТА. Белорусско-вьетнамские межмидовские консультации пройдут в "
                "Ханое в следующем месяце. Об этом сообщил первый заместитель министра иностранных "
                "дел Беларуси Игорь Секрета. \"Мы условились провести консультации 14 апреля\", - "
                "сказал он.", published="2026-03-03")
    talks = events(record, "meeting")
    assert len(talks) == 1 and talks[0].date is not None and talks[0].date.start == "2026-04-14"
