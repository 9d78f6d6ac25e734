"""Talks held on the sidelines of a summit whose name names states ("на полях саммита «Центральная
Азия – Япония»"): those states are the gathering's, not parties to the talks."""

from __future__ import annotations

from ru_record import events, names

TALKS = (
    " date 2026-03-12\n"
    "БИШКЕК, 12 марта. /Кабар/. Президент Кыргызстана Садыр Жапаров провел телефонный разговор с "
    "Президентом Казахстана Касым-Жомартом Токаевым.\n\n"
    "Жапаров и Токаев в последний раз встречались в декабре прошлого года на полях саммита "
    "«Центральная Азия – Япония» в Токио.")


def test_the_states_of_the_summits_name_are_no_parties(ru):
    record = ru(TALKS, published=None)
    met = [e for e in record.events if "встречались" in e.trigger.text]
    assert met and met[0].kind == "meeting"
    assert sorted(met[0].countries) == ["KAZ", "KGZ"]
    assert names(record, met[0]) == {"Sadyr Japarov", "Kassym-Jomart Tokayev"}
    assert events(record, "call")
