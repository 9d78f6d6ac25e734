"""The nations of the United Kingdom are regions of one state (lexicons/regions.yaml): a gathering
held in Scotland or Wales takes GBR as its host, a visit there by a foreign leader is a visit to the
United Kingdom, and a British minister's trip there is domestic."""

from __future__ import annotations

import pytest

from dateline.extract.places import lookup_place

PUBLISHED = "2025-06-16"


@pytest.mark.parametrize("name", ["Scotland", "England", "Wales", "Northern Ireland"])
def test_a_nation_of_the_united_kingdom_is_in_it(name):
    place = lookup_place(name)
    assert place is not None and place.country == "GBR"


def test_a_summit_in_scotland_is_hosted_by_the_united_kingdom(extract):
    record = extract("Japanese Prime Minister Shigeru Ishiba attended the Group of Seven summit in Scotland on "
                     "Monday.")
    summit = next(e for e in record.events if e.kind == "gathering")
    assert summit.countries == ["G7", "GBR"]


def test_a_foreign_leader_visiting_wales_visits_the_united_kingdom(extract):
    record = extract("Canadian Prime Minister Mark Carney arrived in Wales on Tuesday for the NATO summit.")
    visit = next(e for e in record.events if e.kind == "visit")
    assert visit.countries == ["CAN", "GBR"]


def test_a_british_minister_in_scotland_is_at_home(extract):
    record = extract("LONDON (Reuters) - British Prime Minister Keir Starmer traveled to Scotland on Monday to "
                     "meet factory workers.")
    assert not [e for e in record.events if e.kind == "visit"]
