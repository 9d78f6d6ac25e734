"""A visit whose host states are told as one list, wherever the parser hangs it: one visit per state
(a stop noun, trips of another clause); a host told through its official, or a state named apart,
stays with the one visit."""

from __future__ import annotations

import pytest


def visits(record) -> list[list[str]]:
    return sorted(e.countries for e in record.events if e.kind == "visit")


@pytest.mark.parametrize("text, hosts", [
    ("President Joe Biden will leave on Sunday. A White House spokeswoman said the six-day trip will include "
     "stops in Poland, Hungary, Austria and the Vatican.", {"POL", "HUN", "AUT", "VAT"}),
    ("The Brazilian president will visit Mexico this month. His visit will follow recent trips to Chile, Peru, "
     "Kenya and Japan.", {"MEX", "CHL", "PER", "KEN", "JPN"}),
])
def test_listed_stops_are_a_visit_each(extract, text, hosts):
    found = visits(extract(text))
    assert len(found) == len(hosts), found
    assert {c for countries in found for c in countries if c in hosts} == hosts


def test_a_host_told_through_its_official_stays_with_the_visit(extract):
    record = extract("During her trip to Kenya, the secretary of state will also meet with the president of "
                     "Somalia, Hassan Sheikh Mohamud.")
    assert len([e for e in record.events if e.kind == "visit"]) <= 1


def test_a_list_the_parse_breaks_inside_a_name_is_read_on(extract):
    record = extract("U.S. Secretary of State Antony Blinken will also visit South Africa, Angola, the Democratic "
                     "Republic of Congo, Nigeria, Liberia and Cape Verde.")
    hosts = {c for e in record.events if e.kind == "visit" for c in e.countries} - {"USA"}
    assert hosts == {"ZAF", "AGO", "COD", "NGA", "LBR", "CPV"}
    assert len([e for e in record.events if e.kind == "visit"]) == 6


def test_a_destination_followed_by_a_clause_is_one_visit(extract):
    record = extract("Italian Foreign Minister Antonio Tajani will travel to Tunisia, the ministry said, and meet "
                     "President Kais Saied in Tunis.")
    assert [e.countries for e in record.events if e.kind == "visit"] == [["ITA", "TUN"]]


def test_a_state_after_a_comma_and_is_the_next_clause_not_a_second_stop(extract):
    record = extract("Foreign ministers of the member states attended the council in Yerevan. Belarus was represented "
                     "by Foreign Minister Maxim Ryzhenkov, who is on an official visit to Armenia, and Georgia by "
                     "Deputy Foreign Minister Lasha Darsalia.")
    assert visits(record) == [["ARM", "BLR"]]


def test_recent_trips_told_beside_a_visit_ahead_have_been_made(extract):
    record = extract("The Chilean president's visit to India will follow recent trips to Brazil, Argentina and "
                     "Uruguay.")
    made = {c for e in record.events if e.kind == "visit" and e.status == "occurred" for c in e.countries}
    assert {"BRA", "ARG", "URY"} <= made
    assert [e.status for e in record.events if e.kind == "visit" and "IND" in e.countries and len(e.countries) == 2] \
        in (["planned"], [])
