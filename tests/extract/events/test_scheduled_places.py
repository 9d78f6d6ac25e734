"""Places of sittings still ahead, told by the clause that schedules them (events/scheduled_places.py)
or hung by the parser on the last noun of the sitting's own long name (events/topic_venues.py): new
agency-style sentences; each failed on the code before them."""

from __future__ import annotations

import pytest


def _planned(record):
    found = [e for e in record.events if e.status == "planned" and e.kind in {"meeting", "multilateral", "gathering"}]
    assert len(found) == 1, [(e.kind, e.status, e.countries) for e in record.events]
    return found[0]


def _occurred(record):
    return [e for e in record.events if e.status == "occurred" and e.kind == "meeting"]


@pytest.mark.parametrize(("text", "published", "city"), [
    ("KUWAIT, May 14 (KUNA) -- Kuwaiti Foreign Minister Abdullah Al-Yahya held talks with Omani Foreign Minister "
     "Badr Albusaidi on Thursday, during which they reviewed preparations for the third session of the "
     "Kuwaiti-Omani joint committee, due to convene in Muscat next October.", "2026-05-14", "Muscat"),
    ("ABUJA, June 18 (NAN) - Nigerian Foreign Minister Yusuf Tuggar received Ghanaian Foreign Minister Samuel "
     "Okudzeto Ablakwa at the ministry in Abuja, where the two ministers agreed to convene the Nigeria-Ghana "
     "Joint Commission on Trade and Investment in Accra in August.", "2026-06-18", "Accra"),
    ("CANBERRA, May 14 (AAP) - Australian Foreign Minister Penny Wong met Indian External Affairs Minister S "
     "Jaishankar in Canberra on Thursday. They also agreed to hold the next dialogue involving their foreign and "
     "defence ministers in New Delhi in the autumn.", "2026-05-14", "New Delhi"),
])
def test_a_planned_sitting_is_where_its_schedule_says(extract, text, published, city):
    record = extract(text, published=published)
    event = _planned(record)
    assert event.place is not None and event.place.name == city
    assert all(e.place is None or e.place.name != city for e in _occurred(record))  # the day's talks stay home
