"""An office told alone stands for its holder: the first office of a title chain ("главу Кабмина"
for the "Председатель Кабинета министров – Руководитель Администрации Президента"), a Kyrgyz
"Торага" without "Жогорку Кенеша", and a guest told by office before "примет"."""

from __future__ import annotations

from ru_record import events, names

PLANNED = (
    "Бишкек, 2 марта. /АКИpress/. Председатель Кабинета министров – Руководитель Администрации "
    "Президента Кыргызской Республики Адылбек Касымалиев 4-5 марта посетит Казахстан с официальным "
    "визитом.\n\nВ ходе визита запланированы переговоры А.Касымалиева с Премьер-министром Республики "
    "Казахстан Олжасом Бектеновым.\n\nОжидается, что главу Кабмина примет Президент Республики "
    "Казахстан Касым-Жомарт Токаев.")

TORAGA = (
    "Бишкек, 12 февраля /Кабар/. Торага Жогорку Кенеша Кыргызской Республики Нурланбек Тургунбек "
    "уулу принял Чрезвычайного и Полномочного Посла Венгрии в Кыргызстане Петера Каласа.\n\n"
    "Посол передал Тораге приглашение Председателя Государственного собрания Венгрии посетить "
    "Будапешт.")


def test_a_guest_told_by_the_first_office_of_a_chain_is_received(ru):
    record = ru(PLANNED, published="2026-03-02")
    reception = next(e for e in events(record, "meeting") if e.trigger.text == "примет")
    assert names(record, reception) == {"Adylbek Kasymaliev", "Kassym-Jomart Tokayev"}
    assert reception.status == "planned"
    assert (reception.date.start, reception.date.end) == ("2026-03-04", "2026-03-05")  # type: ignore[union-attr]


def test_the_toraga_alone_is_the_speaker_named_before(ru):
    record = ru(TORAGA, published="2026-02-12")
    [invitation] = events(record, "invitation")
    assert "Nurlanbek Turgunbek uulu" in names(record, invitation)
