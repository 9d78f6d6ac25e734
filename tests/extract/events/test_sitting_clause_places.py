"""A sitting's own relative clause places it ('the forum, which opens in Samarkand'), but not a place of
what a clause inside that clause says ('which was followed by a statement in which they called for an end
to the war in X'), nor of a topic ('the fighting in X'). Reports written for these tests (session 18)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "published", "city", "elsewhere"), [
    ("MUSCAT, Feb 5 (ONA) - The foreign ministers of Oman, Qatar and Kuwait arrived for talks. Later, Sayyid Badr "
     "Albusaidi chaired the trilateral ministerial meeting at the Foreign Ministry, which was followed by a joint "
     "statement in which the three ministers called for an immediate end to the fighting in Yemen.",
     "2026-02-05", "Muscat", "YEM"),
    ("AMMAN, Nov 19 (Petra) -- The foreign ministers of Jordan, Egypt and Iraq met in Amman on Thursday. Earlier, "
     "Safadi chaired the tripartite ministerial meeting at the ministry, which ended with a joint communique in "
     "which the three ministers called for a ceasefire in Sudan.", "2026-11-19", "Amman", "SDN"),
])
def test_a_place_inside_a_clause_of_the_sitting_clause_is_not_the_sittings(extract, text, published, city, elsewhere):
    record = extract(text, published=published)
    sittings = [e for e in record.events if e.kind == "multilateral" and e.status == "occurred"]
    assert sittings, [(e.kind, e.countries) for e in record.events]
    assert all(e.place is not None and e.place.name == city for e in sittings)
    assert all(e.place is None or e.place.country != elsewhere for e in record.events)
