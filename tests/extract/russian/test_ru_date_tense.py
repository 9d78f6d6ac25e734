"""A year-less date takes the tense of the verb it hangs on, not of the nearest verb ("Напомним,
что 2 июля X встретился ..."; "X совершит визит 20-21 ноября, сообщили в МИД")."""

from __future__ import annotations

from ru_record import events


def test_a_recalled_meeting_is_of_this_year_though_the_sentence_opens_with_napomnim(ru):
    record = ru(" date 2025-07-15\nБАКУ, 15 июля. /Тренд/. Президент Азербайджана Ильхам Алиев и Президент "
                "Франции Эмманюэль Макрон в понедельник провели телефонный разговор.\n\nНапомним, что 2 "
                "июля Ильхам Алиев встретился в Брюсселе с Председателем Европейского совета Антониу "
                "Коштой.", published=None)
    [call] = events(record, "call")
    assert call.date is not None and call.date.start == "2025-07-14"
    [meeting] = events(record, "meeting")
    assert meeting.status == "occurred"
    assert meeting.date is not None and meeting.date.start == "2025-07-02"


def test_an_announced_visit_told_before_a_past_reporting_verb_is_planned(ru):
    record = ru(" date 2025-10-09\nМИНСК, 9 октября. /БелТА/. Президент Таджикистана Эмомали Рахмон "
                "совершит государственный визит в Беларусь 20-21 ноября, сообщили в МИД.", published=None)
    [visit] = events(record, "visit")
    assert visit.status == "planned"
    assert visit.date is not None and (visit.date.start, visit.date.end) == ("2025-11-20", "2025-11-21")
