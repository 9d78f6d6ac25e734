"""An office told alone that two named people hold ("Глава государства" after the presidents of
two states) is the holder of the dateline's state: the agency's own head of state."""

from __future__ import annotations

from ru_record import events, names

TEXT = (
    "АСТАНА, 14 мая. /Казинформ/. Президент Казахстана Касым-Жомарт Токаев принял министра "
    "иностранных дел Азербайджана Джейхуна Байрамова.\n\n"
    "Джейхун Байрамов передал приглашение Президента Азербайджана Ильхама Алиева принять участие в "
    "Бакинском энергетическом форуме, который пройдет в Баку в июне. Глава государства подтвердил "
    "свое участие в форуме.")


def test_the_head_of_state_told_alone_is_the_agencys_own(ru):
    record = ru(TEXT, published="2026-05-14")
    [forum] = events(record, "gathering")
    assert names(record, forum) == {"Kassym-Jomart Tokayev"}
