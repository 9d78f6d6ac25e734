"""A name pymorphy3 guesses with ё where the text wrote е keeps the е ("Нгуену Минь Ву" -> Нгуен
Минь Ву, Nguyen Minh Vu)."""

from __future__ import annotations


def test_a_vietnamese_surname_in_the_dative_keeps_its_e(ru):
    text = (" date 2025-03-19\nАСТАНА, 19 марта. КазТАГ – Министр иностранных дел Казахстана Мурат Нуртлеу "
            "передал Нгуену Минь Ву приглашение посетить Астану.")
    record = ru(text, published=None)
    assert "Nguyen Minh Vu" in {a.name for a in record.actors if a.kind == "person"}
