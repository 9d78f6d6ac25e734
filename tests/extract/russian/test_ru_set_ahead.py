"""A date set ahead ("проведение которого намечено на ноябрь", "запланированному на конец
августа") is in the future whatever the tense of the participle it hangs on: the sitting is
planned, in the coming November (``pipeline.py``'s tense of a date)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "start"), [
    (" date 2025-10-08\nАшхабад, 08.10.2025 (ТДХ). Министры иностранных дел Туркменистана и Ирана "
     "Рашид Мередов и Аббас Аракчи обсудили подготовку к очередному заседанию Межправительственной "
     "комиссии, проведение которого намечено на ноябрь в Ашхабаде.", "2025-11"),
    (" date 2026-06-12\nБишкек, 12 июня /Кабар/. Президент Кыргызстана Садыр Жапаров провел "
     "переговоры с Президентом Казахстана Касым-Жомартом Токаевым. Стороны обсудили подготовку к "
     "заседанию Высшего межгосударственного совета, намеченному на апрель.", "2027-04"),
])
def test_a_sitting_set_for_a_month_is_ahead(ru, text, start):
    record = ru(text, published=None)
    sittings = [e for e in record.events if e.trigger.text.startswith("заседани")]
    assert len(sittings) == 1, [(e.kind, e.trigger.text) for e in record.events]
    assert sittings[0].status == "planned"
    assert sittings[0].date is not None and sittings[0].date.start == start


def test_a_sitting_planned_beside_the_talks_of_a_visit_is_planned_on_its_days(ru):
    text = (" date 2026-11-04\nБишкек, 4 нояб. 2026. /АКИpress/. Председатель Кабинета министров "
            "Кыргызской Республики Адылбек Касымалиев 5-6 ноября посетит Узбекистан с официальным "
            "визитом.\n\nВ ходе визита запланированы переговоры А.Касымалиева с Премьер-министром "
            "Республики Узбекистан Абдуллой Ариповым, а также заседание Межправительственного совета "
            "Кыргызстана и Узбекистана.")
    record = ru(text, published=None)
    sittings = [e for e in record.events if e.trigger.text.startswith("заседани")]
    assert len(sittings) == 1, [(e.kind, e.trigger.text) for e in record.events]
    assert sittings[0].status == "planned"
    assert sittings[0].date is not None and sittings[0].date.start == "2026-11-05"
