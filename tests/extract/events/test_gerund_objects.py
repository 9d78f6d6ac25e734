"""'X spoke after meeting in Baghdad Tuesday with Y': a gerund the parser reads as the object of the
time preposition shares the subject of the verb above it, as 'after meeting with Y' does."""

from __future__ import annotations


def test_a_gerund_after_a_preposition_takes_the_upper_subject(extract):
    record = extract("Iraqi President Barham Salih spoke after meeting in Baghdad Tuesday with French Foreign "
                     "Minister Jean-Yves Le Drian.")
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert [e.countries for e in meetings] == [["FRA", "IRQ"]]
    assert [e.countries for e in record.events if e.kind == "visit"] == [["FRA", "IRQ"]]
