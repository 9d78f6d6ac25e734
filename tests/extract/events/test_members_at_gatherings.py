"""An organisation's members acting at a gathering convene it: "Chirac and other European Union leaders
signed the constitution at a summit in Rome" is the EU's summit in Italy; "African Union leaders endorsed
the plan during a summit in Addis Ababa" the AU's. One person speaking at a conference does not make it his
organisation's."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-10"


def gatherings(record):
    return [e for e in record.events if e.kind == "gathering"]


@pytest.mark.parametrize(("text", "countries"), [
    ("Chirac and other European Union leaders signed the constitution at a summit in Rome in late October.",
     {"EU", "ITA"}),
    ("African Union leaders endorsed the peace plan during a summit in Addis Ababa on Sunday.", {"AU", "ETH"}),
])
def test_members_acting_at_a_summit_make_it_their_organisation_s(extract, text, countries):
    (event,) = gatherings(extract(text))
    assert set(event.countries) == countries


def test_one_official_speaking_at_a_conference_does_not(extract):
    (event,) = gatherings(extract("EU foreign policy chief Kaja Kallas spoke at a security conference in Munich "
                                  "on Saturday."))
    assert "EU" not in event.countries


@pytest.mark.parametrize("text", [
    "Delegates to an international conference on Afghanistan discussed security and reconstruction on Tuesday.",
    "Kenya said on Thursday that an international conference on Somalia would open in June.",
])
def test_the_state_a_gathering_is_about_is_not_where_it_is_held(extract, text):
    (event,) = gatherings(extract(text))
    assert not {"AFG", "SOM"} & set(event.countries)
    assert event.place is None or event.place.country not in {"AFG", "SOM"}
