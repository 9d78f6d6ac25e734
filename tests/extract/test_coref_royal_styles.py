"""A title that is also a given name, told with the article or after a royal style (coref_surnames._title_told):
"His Majesty Sultan Haitham", "His Majesty the Sultan" are no mentions of a minister whose given name is
Sultan ("Sultan bin Salim Al Habsi")."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2026-01-27"


def people(record: Record, event: Event) -> set[str]:
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


def agreements(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "agreement"]

REPORT = (
    "MUSCAT, Jan 27 (ONA) --- His Majesty Sultan Haitham bin Tarik held talks today with President Joko Widodo "
    "of Indonesia at Al Alam Palace.\n\n"
    "The talks were attended by Sultan bin Salim Al Habsi, Minister of Finance, and Qais bin Mohammed Al "
    "Yousef, Minister of Commerce.\n\n"
    "His Majesty the Sultan and the Indonesian President then witnessed the signing of a memorandum of "
    "understanding on tourism.")


def test_the_sultan_is_the_monarch_not_the_minister_named_sultan(extract):
    record = extract(REPORT)
    (memorandum,) = agreements(record)
    assert "Sultan bin Salim Al Habsi" not in people(record, memorandum)


def test_the_style_opening_the_lead_is_no_mention_of_the_minister(extract):
    record = extract(REPORT)
    minister = next(a for a in record.actors if a.name == "Sultan bin Salim Al Habsi")
    lead = REPORT.index("Sultan Haitham")
    assert all(span[0] != lead for span in minister.mentions)
