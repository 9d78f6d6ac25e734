"""An invitation left with one state and no one named is no engagement (events/one_state.py): 'the
Russian president invited young people to a festival', 'the pope invited pilgrims to Lisbon'.
Officials, a state's side or a named person invited stay invitations."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "MOSCOW, April 2 (Wire) - The Russian president invited young people from around the world to a festival "
    "in Sochi next year.",
    "VATICAN CITY, April 2 (Wire) - The pope invited pilgrims and students to join him in Lisbon in August.",
])
def test_non_officials_invited_is_no_invitation(extract, text):
    assert not [e for e in extract(text).events if e.kind == "invitation"]


@pytest.mark.parametrize(("text", "countries"), [
    ("BAKU, April 2 (Wire) - President Ilham Aliyev invited the Kazakh delegation to the forum in Baku.",
     ["AZE", "KAZ"]),
    ("ANKARA, April 2 (Wire) - The Turkish president invited the Ukrainian side to new talks in Istanbul.",
     ["TUR", "UKR"]),
])
def test_officials_or_a_side_invited_stay_invitations(extract, text, countries):
    assert [e.countries for e in extract(text).events if e.kind == "invitation"] == [countries]
