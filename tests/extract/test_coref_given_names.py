"""A given name alone is its official when no one else has it (coref._given_names): agency copy from
South-East Asia calls Paetongtarn Shinawatra "Paetongtarn" and Anwar Ibrahim "Anwar"; the talks,
receptions and signings told with that name have that person as a party."""

from __future__ import annotations

from dateline.record import Event, Record

PUBLISHED = "2025-05-14"


def people(record: Record, event: Event) -> set[str]:
    return {a.name for i in event.participants if (a := record.actor(i)) is not None and a.kind == "person"}


REPORT = (
    "PHNOM PENH, May 14 (AKP) - Thai Prime Minister Paetongtarn Shinawatra held talks on Wednesday with "
    "Cambodian Foreign Minister Prak Sokhonn, on the second day of an official visit to Cambodia.\n\n"
    "Paetongtarn, who arrived on Tuesday, was received that evening by King Norodom Sihamoni at the Royal "
    "Palace.\n\n"
    "At the foreign ministry, Paetongtarn and Sokhonn signed a memorandum on border trade.")


def test_the_reception_is_the_guest_named_by_her_given_name(extract):
    record = extract(REPORT)
    received = [e for e in record.events if e.kind == "meeting" and "Norodom Sihamoni" in people(record, e)]
    assert len(received) == 1
    assert people(record, received[0]) == {"Paetongtarn Shinawatra", "Norodom Sihamoni"}
    assert received[0].countries == ["KHM", "THA"]


def test_the_signing_is_hers_and_her_counterparts(extract):
    record = extract(REPORT)
    signed = [e for e in record.events if e.kind == "agreement"]
    assert len(signed) == 1
    assert people(record, signed[0]) == {"Paetongtarn Shinawatra", "Prak Sokhonn"}


def test_a_given_name_that_is_a_place_stays_a_place(extract):
    record = extract(
        "Kenyan Trade Minister Nairobi Otieno met Ugandan Trade Minister Jeje Odongo in Kampala on "
        "Monday. The two ministers agreed that Nairobi will host the next round of trade talks.")
    talks = [e for e in record.events if e.kind == "meeting" and e.status == "occurred"]
    assert talks and people(record, talks[0]) == {"Nairobi Otieno", "Jeje Odongo"}
    planned = [e for e in record.events if e.status == "planned"]
    assert planned and all(record.actor(e.source[0]).kind == "country" for e in planned)  # Nairobi hosts


def test_two_officials_with_one_given_name_take_neither(extract):
    record = extract(
        "Egyptian Foreign Minister Ahmed Fathy met Sudanese Foreign Minister Ahmed Salih in Cairo on Monday. "
        "Ahmed said the talks were useful.")
    assert {a.name for a in record.actors if a.kind == "person"} == {"Ahmed Fathy", "Ahmed Salih"}
