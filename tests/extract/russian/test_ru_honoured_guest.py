""""Высокую гостью принял Президент": the guest told under a word of honour, in any case, is the
one person of another state named before, and a reception told object first with her as guest (the tagger
takes "гостью" for a thing)."""

from __future__ import annotations

from ru_record import events, names

TEXT = (
    " date 2025-06-17\n"
    "БИШКЕК, 17 июня. Кабар. Председатель Милли Меджлиса Азербайджана Сахиба Гафарова прибыла в "
    "Бишкек с официальным визитом.\n\n"
    "Высокую гостью принял Президент Кыргызстана Садыр Жапаров. Стороны обсудили межпарламентское "
    "сотрудничество."
)


def test_the_honoured_guest_received_is_the_visitor(ru):
    record = ru(TEXT, published="2025-06-17")
    [meeting] = events(record, "meeting")
    assert {"Sahiba Gafarova", "Sadyr Japarov"} <= names(record, meeting)
    [visit] = events(record, "visit")
    assert {"Sahiba Gafarova", "Sadyr Japarov"} <= names(record, visit)
