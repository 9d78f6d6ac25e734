"""A gathering "with" one side is held by the other side too (events/attendance.py _other_side):
"X is to hold a summit with Y", "X announced plans for a summit with Y", "X will hold a summit with Y"
put both X and Y in the summit's persons; one who criticises or invites to it does not attend."""

from __future__ import annotations

import pytest

from dateline.record import Event, Record

PUBLISHED = "2025-04-10"


def gatherings(record: Record) -> list[Event]:
    return [e for e in record.events if e.kind == "gathering"]


@pytest.mark.parametrize("sentence", [
    "Kenyan President William Ruto has announced plans for a summit with Tanzanian President Samia Suluhu "
    "Hassan on May 4 in the northern town of Arusha.",
    "Kenyan President William Ruto is to hold a summit with Tanzanian President Samia Suluhu Hassan in Arusha "
    "next month.",
    "Kenyan President William Ruto will hold a summit with Tanzanian President Samia Suluhu Hassan in Arusha "
    "on May 4.",
])
def test_who_holds_a_summit_with_the_other_side(extract, sentence):
    (event,) = gatherings(extract(sentence))
    assert set(event.persons) == {"William Ruto", "Samia Suluhu Hassan"}
    assert event.status == "planned"


def test_agency_report_of_a_summit_with_a_neighbour(extract):
    record = extract(
        "NAIROBI, April 9 (KNA) -- Kenyan President William Ruto has announced plans for a summit with Ugandan "
        "President Yoweri Museveni in Kisumu on April 28, the State House said on Wednesday.\n\n"
        "The two leaders are to discuss the use of the waters of Lake Victoria and cross-border trade.\n\n"
        "Kenya is Uganda's largest trading partner in the region.")
    (event,) = gatherings(record)
    assert set(event.persons) == {"William Ruto", "Yoweri Museveni"}


def test_who_criticises_the_summit_is_not_at_it(extract):
    record = extract("Tanzanian opposition leader Tundu Lissu criticised a summit with Kenyan President William "
                     "Ruto that Tanzanian President Samia Suluhu Hassan will attend in Arusha on May 4.")
    for event in gatherings(record):
        assert "Tundu Lissu" not in event.persons
