"""A meeting of the officials of a region's states (issue 14, item 3: "leaders of the G8", attending
states): "a meeting of Arab foreign ministers", "this week's meeting of Asian and African leaders in
Jakarta", "African health ministers will hold a meeting" is a gathering held where it is held (no
list of states is told); a clause that is negated ("will not discuss X at the meeting") does not
cancel the meeting it is set at. Officials of one state ("a meeting of Kenyan ministers") are no
such meeting."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-10"


def sittings(record):
    return [e for e in record.events if e.kind in {"gathering", "multilateral"}]


@pytest.mark.parametrize(("text", "city", "country", "status"), [
    ("JAKARTA, June 9 (Archipelago News) -- Myanmar says it will not discuss its internal affairs at this week's "
     "meeting of Asian and African leaders in Bandung.", "Bandung", "IDN", None),
    ("CAIRO, June 9 (Nile Wire) -- Arab foreign ministers will hold an emergency meeting in Cairo on Sunday to "
     "discuss the situation in Sudan.", "Cairo", "EGY", "planned"),
    ("ADDIS ABABA, June 9 (Horn Daily) -- A meeting of African health ministers opened in Addis Ababa on Monday "
     "to discuss vaccine production.", "Addis Ababa", "ETH", "occurred"),
])
def test_a_meeting_of_a_regions_officials_is_a_gathering_where_held(extract, text, city, country, status):
    (event,) = sittings(extract(text))
    assert event.kind == "gathering"
    assert country in event.countries
    assert event.place is not None and (event.place.name, event.place.country) == (city, country)
    if status is not None:
        assert event.status == status


def test_a_meeting_of_one_states_ministers_is_no_gathering(extract):
    record = extract("NAIROBI, June 9 (Rift Post) -- A meeting of Kenyan ministers opened in Nairobi on Monday "
                     "to discuss the budget.")
    assert sittings(record) == []


def test_a_negated_clause_set_at_a_summit_keeps_the_summit(extract):
    record = extract("HANOI, June 9 (Red River News) -- Vietnam will not raise the maritime dispute at the ASEAN "
                     "Summit in Kuala Lumpur next week, the foreign ministry said.")
    (event,) = sittings(record)
    assert {"ASEAN", "MYS"} <= set(event.countries)
    assert event.status == "planned"


def test_a_summit_that_will_not_be_held_stays_negated(extract):
    record = extract("HANOI, June 9 (Red River News) -- The ASEAN Summit will not be held in Yangon this year, "
                     "the secretariat said.")
    assert sittings(record) == []
