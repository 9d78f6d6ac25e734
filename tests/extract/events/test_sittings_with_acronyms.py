"""A body's sitting told with its acronym and its related meetings (issue 14, items 3-4): "the 48th
ASEAN Foreign Ministers' Meeting (AMM)" names no person AMM, there or when "the 47th AMM" is told
again; "the ... Meeting (AMM) and related meetings in Vientiane" puts the sitting where its related
meetings are; "The meetings, hosted by Laos," are the sittings told again, no talks of their own."""

from __future__ import annotations

PUBLISHED = "2025-07-01"

TEXT = ("JAKARTA, July 1 (Nusantara Wire) -- Foreign Minister Sugiono will lead Indonesia's delegation to the "
        "58th ASEAN Foreign Ministers' Meeting (AMM) and related meetings in Vientiane from July 8 to 11, the "
        "ministry said on Tuesday. The meetings, hosted by Laos as ASEAN Chair, will also include the ASEAN "
        "Regional Forum. Indonesia hosted the 56th AMM in Jakarta in July 2023.")


def test_a_bracketed_acronym_of_a_sitting_is_no_person(extract):
    record = extract(TEXT)
    assert not [a for a in record.actors if a.kind == "person" and a.name == "AMM"]
    (sitting,) = [e for e in record.events if e.kind == "multilateral" and e.status == "planned"]
    assert sitting.place is not None and (sitting.place.name, sitting.place.country) == ("Vientiane", "LAO")
    assert {"ASEAN", "IDN", "LAO"} <= set(sitting.countries)


def test_sittings_hosted_by_a_state_are_no_talks_of_their_own(extract):
    record = extract(TEXT)
    assert not [e for e in record.events if e.kind == "meeting"]
