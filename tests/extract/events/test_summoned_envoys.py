"""An envoy summoned by the host's ministry is talks in person between the two states; summoning no
state's official is none."""

from __future__ import annotations

import pytest


def test_an_ambassador_summoned_is_a_meeting(extract):
    record = extract("On Tuesday, Brazil's Foreign Minister Celso Amorim summoned U.S. Ambassador Clifford Sobel "
                     "to protest the new visa rules.")
    assert [(e.kind, e.countries) for e in record.events if e.kind == "meeting"] == [("meeting", ["BRA", "USA"])]


@pytest.mark.parametrize("text", [
    "Police summoned the Russian tourist for questioning on Monday.",
    "The coach summoned three young players to the national squad.",
])
def test_summoning_no_official_is_no_meeting(extract, text):
    assert [e.kind for e in extract(text).events if e.kind == "meeting"] == []
