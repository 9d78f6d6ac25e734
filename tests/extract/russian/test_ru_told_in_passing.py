"""Engagements told in passing in Russian agency copy: "встречались" (the imperfective of a past
meeting, "в последний раз встречались"), and the councils and assemblies of organisations named
by their body ("Евразийский межправительственный совет", "Парламентская ассамблея тюркских
государств")."""

from __future__ import annotations

import pytest
from ru_record import events, names


@pytest.mark.parametrize(("text", "countries", "people", "start"), [
    (" date 2025-05-14\nТАШКЕНТ, 14 мая. /УзА/. Министр иностранных дел Узбекистана Бахтиёр Саидов "
     "провел переговоры с министром иностранных дел Монголии Батцэцэгийн Батмунх. Министры в "
     "последний раз встречались в феврале в Улан-Баторе.",
     ["MNG", "UZB"], {"Bakhtiyor Saidov"}, "2025-02"),
    (" date 2024-10-02\nБИШКЕК, 2 окт. 2024. /АКИpress/. Президент Кыргызстана Садыр Жапаров и "
     "Президент Казахстана Касым-Жомарт Токаев встречались в августе в Астане, напомнили в "
     "пресс-службе.",
     ["KAZ", "KGZ"], {"Sadyr Japarov", "Kassym-Jomart Tokayev"}, "2024-08"),
])
def test_a_past_meeting_told_with_the_imperfective_is_a_meeting(ru, text, countries, people, start):
    record = ru(text, published=None)
    past = [e for e in events(record, "meeting") if e.date is not None and e.date.start == start]
    assert past, [(e.trigger.text, e.date) for e in record.events]
    [meeting] = past
    assert meeting.status == "occurred"
    assert sorted(meeting.countries) == countries
    assert people <= names(record, meeting)


@pytest.mark.parametrize(("text", "org", "kind"), [
    (" date 2026-03-02\nМИНСК, 2 марта (БелТА) – Премьер-министр Беларуси Александр Турчин "
     "примет участие в заседании Евразийского межправительственного совета, которое пройдет "
     "12-13 марта в Ереване.", "EAEU", "multilateral"),
    (" date 2025-04-10\nБаку, 10 апреля, АЗЕРТАДЖ. Делегация Милли Меджлиса примет участие в "
     "VIII пленарном заседании Парламентской ассамблеи тюркских государств, которое пройдет в "
     "Бишкеке в июне.", "TURKPA", "gathering"),
])
def test_an_organisation_named_by_its_council_or_assembly_is_that_organisation(ru, text, org, kind):
    record = ru(text, published=None)
    found = [e for e in record.events if org in e.countries]
    assert found, [(e.kind, e.countries) for e in record.events]
    assert found[0].kind == kind and found[0].status == "planned"
