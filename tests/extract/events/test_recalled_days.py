"""A meeting recalled from weeks before is background to the report's own day (session 13, dates):
"the same day" and "following the talks", told after it, count from the day's talks, not from the
recalled meeting's day. Reports written for these tests."""

from __future__ import annotations

import pytest
from event_views import dates

PUBLISHED = "2025-11-12"  # a Wednesday


@pytest.mark.parametrize(("later", "kind"), [
    ("The same day, Mirziyoyev met with the Speaker of the Grand National Assembly Numan Kurtulmus.", "meeting"),
    ("Following the talks, the two presidents signed a joint declaration on strategic partnership.", "agreement"),
])
def test_a_recalled_meeting_does_not_date_what_follows_the_days_talks(extract, later, kind):
    record = extract("ANKARA (AA) - Turkish President Recep Tayyip Erdogan held talks with Uzbek President Shavkat "
                     "Mirziyoyev at the Presidential Complex on Wednesday. The two leaders recalled their meeting in "
                     "Astana on 21 October on the sidelines of the summit of the Organization of Turkic States. "
                     + later)
    told = [e for e in record.events if e.kind == kind]
    assert told and dates(told[-1]) == ("2025-11-12", "2025-11-12")
