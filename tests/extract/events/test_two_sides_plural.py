"""'The two ministers signed': when the two ministers told last are of one state (a minister of the host
sat in on the talks), the two are the sides of the talks told before, one of each state
(events/plural_officials._told_together)."""

from __future__ import annotations

from event_views import agreements, people

PUBLISHED = "2026-03-03"


def test_the_two_ministers_are_the_two_sides(extract):
    record = extract(
        "ASTANA, March 3 (Steppe News) - Kazakh Foreign Minister Murat Nurtleu held talks with Hungarian "
        "Foreign Minister Peter Szijjarto in Astana on Tuesday. The talks were also attended by Kazakh "
        "Minister of Trade Arman Shakkaliyev.\n\nFollowing the talks, the two ministers signed a roadmap "
        "for economic cooperation.")
    [document] = agreements(record)
    assert people(record, document) == {"Murat Nurtleu", "Peter Szijjarto"}


def test_two_ministers_of_two_states_told_last_stay(extract):
    # a guard: the two told last are already of two states (passes on the old code too)
    record = extract(
        "ASTANA, March 3 (Steppe News) - Kazakh Foreign Minister Murat Nurtleu held talks with Hungarian "
        "Foreign Minister Peter Szijjarto in Astana on Tuesday.\n\nFollowing the talks, the two ministers "
        "signed a roadmap for economic cooperation.")
    [document] = agreements(record)
    assert people(record, document) == {"Murat Nurtleu", "Peter Szijjarto"}
