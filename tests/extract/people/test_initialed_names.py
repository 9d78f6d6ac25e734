"""A name written with its given names' initials ("Sh. Mirziyoyev", "M. Nurtleu", "A. A. Rudenko") is the
person named in full before it whose given name begins with that initial and whose surname it ends with
(people/actors.py); another given name's initial is another person."""

from __future__ import annotations

from dateline.record import Record

PUBLISHED = "2026-03-05"


def _persons(record: Record) -> dict[str, str | None]:
    return {a.name: a.title for a in record.actors if a.kind == "person"}


def test_an_initialed_surname_is_the_person_named_in_full(extract):
    record = extract(
        "ASTANA, 5 March (Kazinform) -- Kazakh Deputy Prime Minister - Minister of Foreign Affairs Murat Nurtleu "
        "held talks with Foreign Minister of Oman Badr Albusaidi.\n\n"
        "M. Nurtleu noted the growth of trade between the two countries. B. Albusaidi invited his Kazakh "
        "counterpart to visit Muscat.")
    persons = _persons(record)
    assert set(persons) == {"Murat Nurtleu", "Badr Albusaidi"}


def test_a_title_before_the_initialed_name_does_not_make_a_second_person(extract):
    record = extract(
        "ULAANBAATAR, March 5 (MONTSAME) - Mongolian Foreign Minister Battsetseg Batmunkh received Kazakh "
        "Ambassador Ruslan Kazkenov.\n\nForeign Minister B. Batmunkh thanked Ambassador R. Kazkenov for his work.")
    assert set(_persons(record)) == {"Battsetseg Batmunkh", "Ruslan Kazkenov"}


def test_another_initial_is_another_person(extract):
    record = extract(
        "TASHKENT, March 5. /UzA/. Uzbek Foreign Minister Bakhtiyor Saidov met Tajik Foreign Minister Sirojiddin "
        "Muhriddin.\n\nDeputy Minister D. Saidov also attended the talks.")
    names = set(_persons(record))
    assert "Bakhtiyor Saidov" in names
    assert "D. Saidov" in names
