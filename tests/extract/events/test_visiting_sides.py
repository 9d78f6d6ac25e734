"""Visitors of two sides told by one plural subject travel as two delegations: a visit each
(events/visiting_sides.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, visits", [
    ("Armenian and Azerbaijani negotiators flew to Almaty on Monday for Kazakh-brokered talks on the border.",
     [["ARM", "KAZ"], ["AZE", "KAZ"]]),
    ("The foreign ministers of Ethiopia and Eritrea arrived in Riyadh on Tuesday for talks on the border.",
     [["ERI", "SAU"], ["ETH", "SAU"]]),
])
def test_each_side_of_a_plural_subject_makes_its_own_visit(extract, text, visits):
    found = sorted(e.countries for e in extract(text).events if e.kind == "visit")
    assert found == visits


def test_one_delegation_of_one_state_stays_one_visit(extract):
    found = [e.countries for e in extract("A delegation of Kenyan officials arrived in Kampala on Monday for "
                                          "talks on the railway.").events if e.kind == "visit"]
    assert found == [["KEN", "UGA"]]


def test_the_state_that_arranges_the_talks_hosts_no_visit(extract):
    record = extract("Ethiopian and Eritrean delegations flew to Nairobi on Monday for Qatar-arranged talks.")
    assert sorted(e.countries for e in record.events if e.kind == "visit") == [["ERI", "KEN"], ["ETH", "KEN"]]
