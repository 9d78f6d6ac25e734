"""A gathering told as a part of another is held where that one is (events/included_gatherings.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name", "city", "host"), [
    ("KUALA LUMPUR, July 20 (Bernama) -- Foreign Minister Mohamad Hasan will lead Malaysia's delegation to the "
     "58th ASEAN Foreign Ministers' Meeting in Vientiane from July 22 to 25. The meetings, hosted by Laos as ASEAN "
     "Chair, will also include the 32nd ASEAN Regional Forum (ARF) on July 25, which Mohamad will attend.",
     "32nd ASEAN Regional Forum (ARF)", "Vientiane", "LAO"),
    ("ASTANA, May 2 (Kazinform) -- Kazakhstan will hold the Central Asian summit in Turkistan on May 20. The "
     "summit will feature the first Central Asia Investment Forum, the foreign ministry said.",
     "first Central Asia Investment Forum", "Turkistan", "KAZ"),
])
def test_a_gathering_included_in_another_is_held_where_it_is(extract, text, name, city, host):
    record = extract(text)
    found = [e for e in record.events if e.kind == "gathering" and e.name == name]
    assert len(found) == 1, [(e.kind, e.name, e.countries) for e in record.events]
    assert found[0].place is not None and found[0].place.name == city and host in found[0].countries


def test_a_visit_that_includes_a_forum_does_not_place_it(extract):
    record = extract(
        "TASHKENT, May 2 (UzA) -- President Shavkat Mirziyoyev will pay a state visit to Hungary next week. The "
        "programme will include the Uzbek-Hungarian business forum in Budapest, and he will then attend the "
        "Organization of Turkic States summit.")
    summit = [e for e in record.events if e.kind == "gathering" and "summit" in (e.name or "")]
    assert all(e.place is None or e.place.country != "HUN" for e in summit), [(e.name, e.place) for e in summit]
