"""Officials who meet somewhere "for a conference" hold that conference there: a gathering, though
it is not named ("Leaders from Africa and Europe are meeting in Berlin for a conference on
investment")."""

from __future__ import annotations

PUBLISHED = "2025-06-10"


def test_leaders_meeting_in_a_city_for_a_conference(extract):
    record = extract(
        "ROME, 10 June (Xinhua) -- Ministers from Africa and Europe are meeting in Rome for a conference on "
        "food security.")
    (gathering,) = [e for e in record.events if e.kind in {"gathering", "multilateral"}]
    assert gathering.kind == "gathering"
    assert gathering.countries == ["ITA"]
    assert gathering.place is not None and gathering.place.name == "Rome"
