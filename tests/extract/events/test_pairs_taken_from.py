"""'The two countries' points back at a state something was taken from (events/pairs.py): "captured
the islands from Jordan" names a party, not a place, unlike "returned from Jordan"."""

from __future__ import annotations


def test_a_state_something_was_taken_from_is_one_of_the_two_countries(extract):
    record = extract("Colombia won the disputed islets from Nicaragua in 2012 but gave fishing rights back under "
                     "a 2014 accord between the two countries.")
    found = [e.countries for e in record.events if e.kind == "agreement"]
    assert found == [["COL", "NIC"]]
