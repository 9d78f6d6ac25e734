"""A working meeting at home ("Президент провел совещание с членами Кабинета министров по вопросам
подготовки к отопительному сезону") is no engagement between states, even when the story's visit
could lend it a guest; a named sitting held ("провели заседание Межправительственной комиссии")
still is one."""

from __future__ import annotations


def test_a_sitting_held_at_home_is_no_engagement(ru):
    record = ru(" date 2026-03-04\nБишкек, 4 марта – Кабар. Президент Кыргызстана Садыр Жапаров принял "
                "Министра иностранных дел Китая Ван И, находящегося в Бишкеке с официальным визитом. "
                "Накануне Садыр Жапаров провел совещание с членами Кабинета министров по вопросам "
                "подготовки к посевной кампании.", published=None)
    assert not [e for e in record.events if e.kind in ("meeting", "multilateral", "gathering")
                and e.date is not None and e.date.start == "2026-03-03"]


def test_a_named_sitting_held_is_an_engagement(ru):
    record = ru(" date 2026-03-04\nБАКУ, 4 марта. /Тренд/. Вице-премьер Азербайджана Шахин Мустафаев и "
                "Министр экономики Казахстана Серик Жумангарин провели заседание Межправительственной "
                "комиссии по экономическому сотрудничеству.", published=None)
    assert [e for e in record.events if e.kind in ("meeting", "multilateral")]
