"""A visit recalled as paid before the report's month keeps only the persons its own clause names
(events/recalled_visits.py): no host lent by today's talks or story."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2026-10-14"


def _visits(record):
    return [e for e in record.events if e.kind == "visit"]


def test_a_visit_of_another_year_borrows_no_host_from_todays_talks(extract):
    record = extract(
        "ASTANA, Oct 14 -- Kazakh President Kassym-Jomart Tokayev held talks with Egyptian President Abdel Fattah "
        "El-Sisi, who is on a state visit to Kazakhstan, at the Akorda on Tuesday. El-Sisi last visited "
        "Kazakhstan in 2017, when he took part in the opening of the Expo.")
    earlier = [v for v in _visits(record) if (v.date.start if v.date else "") == "2017"]
    assert earlier and people(record, earlier[0]) == {"Abdel Fattah El-Sisi"}


def test_a_recalled_visit_keeps_the_host_its_own_clause_names(extract):
    record = extract(
        "ASTANA, Oct 14 -- Kazakh President Kassym-Jomart Tokayev held talks with Egyptian President Abdel Fattah "
        "El-Sisi, who is on a state visit to Kazakhstan, at the Akorda on Tuesday. Tokayev recalled his visit "
        "to Cairo in 2023, during which he was received by El-Sisi.")
    earlier = [v for v in _visits(record) if (v.date.start if v.date else "") == "2023"]
    assert earlier and people(record, earlier[0]) == {"Kassym-Jomart Tokayev", "Abdel Fattah El-Sisi"}
