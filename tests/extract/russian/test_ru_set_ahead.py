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
