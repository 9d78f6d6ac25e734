"""Talks set on the sidelines of a meeting of several states keep their own two sides: the states
that sit at the meeting beside them are no sides of the talks (session 18)."""

from __future__ import annotations


def test_states_of_the_sitting_beside_are_no_sides_of_the_talks(extract):
    record = extract(
        "ANKARA, Nov. 20 (Anadolu) - Turkish Foreign Minister Hakan Fidan met with his Hungarian counterpart "
        "Peter Szijjarto on the sidelines of the meeting of the foreign ministers of Türkiye, Hungary, Serbia and "
        "Azerbaijan in Budapest on Thursday.", published="2026-11-20")
    meetings = [e for e in record.events if e.kind == "meeting"]
    assert len(meetings) == 1 and meetings[0].countries == ["HUN", "TUR"]
    sitting = [e for e in record.events if e.kind == "multilateral"]
    assert len(sitting) == 1 and sitting[0].countries == ["AZE", "HUN", "SRB", "TUR"]
