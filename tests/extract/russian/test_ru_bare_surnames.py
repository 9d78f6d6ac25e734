"""A surname alone the NER left out is the one person named before with that surname."""

from __future__ import annotations

from ru_record import events, names

TEXT = (
    "БИШКЕК, 18 сентября /Кабар/. Министр экономики и коммерции Кыргызской Республики Даниэль "
    "Аманкулов провел переговоры с заместителем премьер-министра Беларуси Виктором Каранкевичем.\n\n"
    "Находящийся в Кыргызстане с рабочим визитом Каранкевич накануне был принят Председателем "
    "Кабинета министров Адылбеком Касымалиевым.")


def test_a_bare_surname_is_the_guest_of_a_passive_reception(ru):
    record = ru(TEXT, published="2025-09-18")
    reception = next(e for e in events(record, "meeting") if e.trigger.text.startswith("принят"))
    assert len(names(record, reception)) == 2
    guest = next(a for a in record.actors if a.kind == "person" and "Виктор Каранкевич" in a.aliases)
    assert guest.id in reception.participants
