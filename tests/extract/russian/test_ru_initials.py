"""A person named again by initial and surname ("М.Нуртлеу", "с Б. Саидовым"):
``dateline/extract/russian/initials.py``."""

from __future__ import annotations

from ru_record import events, names

from dateline.extract.russian.initials import _same_surname


def test_an_initialled_surname_in_an_oblique_case_is_the_person_named_before(ru):
    text = (" date 2026-03-12\nАСТАНА. КАЗИНФОРМ – Заместитель Премьер-министра – Министр "
            "иностранных дел Казахстана Мурат Нуртлеу провел переговоры с Министром иностранных "
            "дел Венгрии Петером Сийярто.\n\nВ пятницу состоится заседание Межправительственной "
            "комиссии под председательством М.Нуртлеу и П. Сийярто.")
    record = ru(text, published=None)
    sittings = [e for e in record.events if e.trigger.text.startswith("заседани")]
    assert sittings, [(e.kind, e.trigger.text) for e in record.events]
    assert names(record, sittings[0]) == {"Murat Nurtleu", "Péter Szijjártó"}
    assert sittings[0].kind == "meeting" and sorted(sittings[0].countries) == ["HUN", "KAZ"]


def test_an_initial_of_another_given_name_is_nobody_named_before(ru):
    text = (" date 2025-05-14\nТАШКЕНТ, 14 мая. /УзА/. Министр иностранных дел Узбекистана "
            "Бахтиёр Саидов принял Посла Японии Хироси Ямаду. На встрече присутствовал А.Саидов.")
    record = ru(text, published=None)
    [met] = events(record, "meeting")
    assert names(record, met) == {"Bakhtiyor Saidov", "Hiroshi Yamada"}


def test_surnames_in_their_cases():
    assert _same_surname("Саидовым", "Саидов")
    assert _same_surname("Нарбаевой", "Нарбаева")
    assert _same_surname("Нуртлеу", "Нуртлеу")
    assert not _same_surname("Саидовский", "Саидов")
    assert not _same_surname("Ли", "Лим")
