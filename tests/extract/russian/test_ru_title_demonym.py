"""A demonym inside a title ("глава узбекского внешнеполитического ведомства", "глава
белорусского правительства") gives the office its state: the title alone then names the one
holder of that office of that state told in the report."""

from __future__ import annotations

import pytest
from ru_record import events, names

TEXT = (
    " date 2025-10-06\nТАШКЕНТ, 6 октября. /УзА/. Министр иностранных дел Узбекистана Бахтиёр "
    "Саидов посетит Вьетнам с официальным визитом с 14 по 16 октября, сообщили в МИД.\n\n"
    "15 октября в Ханое состоятся переговоры главы узбекского внешнеполитического ведомства с "
    "министром иностранных дел Вьетнама Буй Тхань Шоном."
)


def test_a_title_with_a_demonym_inside_names_that_states_officeholder(ru):
    record = ru(TEXT, published=None)
    [meeting] = events(record, "meeting")
    assert meeting.status == "planned"
    assert sorted(meeting.countries) == ["UZB", "VNM"]
    assert "Bakhtiyor Saidov" in names(record, meeting)


@pytest.mark.parametrize(("text", "person"), [
    (" date 2026-01-15\nМИНСК, 15 января (БелТА) – Премьер-министр Беларуси Александр Турчин "
     "провел переговоры с Премьер-министром Казахстана Олжасом Бектеновым. Глава белорусского "
     "правительства пригласил казахстанского коллегу посетить Минск.", "Alexander Turchin"),
])
def test_the_demonym_title_refers_back(ru, text, person):
    record = ru(text, published=None)
    [invitation] = events(record, "invitation")
    assert person in names(record, invitation)
