"""Older documents cited by their year (issue 14, item 5; events/documents.py concluded_before,
events/signings.py cited_parties): "amend a 1994 accord", "replace the 1989 border treaty" tell a
document concluded in that year, occurred, even in a report with no date of its own (the year it is
named by is the year it was concluded). It is between the states of the talks whose story cites it,
and today's negotiators neither signed it nor is it placed where they meet."""

from __future__ import annotations

import pytest
from event_views import agreements, people


@pytest.mark.parametrize(("text", "start", "countries"), [
    ("Officials said Ghana had decided to amend a 1994 accord with Togo on border crossings.", "1994",
     ["GHA", "TGO"]),
    ("Foreign Minister Maria Sandoval said Chile wanted to replace the 1984 treaty with Argentina on the "
     "Beagle Channel.", "1984", ["ARG", "CHL"]),
    ("Kenya and Uganda are working to update the 2004 customs protocol before the end of the year.", "2004",
     ["KEN", "UGA"]),
])
def test_a_document_named_by_its_year_was_concluded_then(extract, text, start, countries):
    for published in (None, "2025-03-12"):
        found = agreements(extract(text, published=published))
        assert [(e.status, e.date.start if e.date else None, e.countries) for e in found] == [
            ("occurred", start, countries)], published


def test_a_cited_treaty_takes_the_states_of_the_talks_not_their_people(extract):
    record = extract(
        "Tunisia says a third round of talks with Algeria on the border will take place in Tunis on June 23 and "
        "24. Foreign Ministry spokesman Karim Haddad said Thursday that President Kais Saied and his Algerian "
        "counterpart Abdelmadjid Tebboune hope to announce progress when Mr. Tebboune visits Tunis in early July. "
        "The goal of the talks is to replace the 1989 border treaty before it expires on December 5.",
        published=None)
    found = agreements(record)
    assert len(found) == 1
    treaty = found[0]
    assert (treaty.status, treaty.date.start if treaty.date else None) == ("occurred", "1989")
    assert treaty.countries == ["DZA", "TUN"]
    assert people(record, treaty) == set()
    assert treaty.place is None
