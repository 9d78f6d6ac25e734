"""A visit told with a visitor of its own and no destination ('X will also visit') takes the host of
the visit told before it, not that visit's traveller (events/sides.fellow_traveller, used when merge
lends parties): another guest is no host."""

from __future__ import annotations

from event_views import people

PUBLISHED = "2025-02-03"


def test_the_second_guest_is_not_hosted_by_the_first(extract):
    record = extract(
        "VIENNA, Feb 3 (APA) - The OSCE says its Secretary General Feridun Sinirlioglu will make a visit to "
        "Moldova beginning Friday. Estonian President Alar Karis will also visit, for the second time this "
        "year.")
    visits = {frozenset(people(record, e)): e for e in record.events if e.kind == "visit"}
    assert frozenset({"Alar Karis"}) in visits
    karis = visits[frozenset({"Alar Karis"})]
    assert "OSCE" not in karis.countries and "EST" in karis.countries
    assert all("Feridun Sinirlioglu" not in people(record, e) or "Alar Karis" not in people(record, e)
               for e in record.events)


def test_a_guest_received_after_the_first_visit_keeps_the_host_named(extract):
    record = extract(
        "Latvian Foreign Minister Baiba Braze arrived in Vilnius on Monday for talks with Lithuanian Foreign "
        "Minister Kestutis Budrys. Estonian Foreign Minister Margus Tsahkna will also visit on Tuesday and "
        "meet Budrys.")
    tsahkna = [e for e in record.events if e.kind == "visit" and "Margus Tsahkna" in people(record, e)]
    assert len(tsahkna) == 1
    assert "Baiba Braze" not in people(record, tsahkna[0])
