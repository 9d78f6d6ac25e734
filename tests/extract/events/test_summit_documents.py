"""A document adopted at a gathering by participants the clause does not name (issue 14, item 5;
events/merge.py keeps an agreement framed by an occasion, events/signings.py signed_at gives it that
occasion's parties): "Following the summit, the heads of state adopted the Astana Declaration" is
the summit's document, of its host and organisation, where and when the summit was held."""

from __future__ import annotations

import pytest
from event_views import agreements

PUBLISHED = "2025-07-05"


@pytest.mark.parametrize(("text", "countries", "host", "day"), [
    ("ASTANA, July 4 (Kazinform) -- The 24th summit of the Shanghai Cooperation Organisation was held in Astana "
     "on Thursday. Following the summit, the heads of state adopted the Astana Declaration.",
     ["KAZ", "SCO"], "KAZ", "2025-07-03"),
    ("DUSHANBE, July 4 (Khovar) -- The summit of the Commonwealth of Independent States took place in Dushanbe on "
     "Friday. At the end of the summit, the leaders signed a declaration on economic cooperation.",
     ["CIS", "TJK"], "TJK", "2025-07-04"),
])
def test_declaration_adopted_at_a_summit_is_its_document(extract, text, countries, host, day):
    (event,) = agreements(extract(text))
    assert event.countries == countries
    assert event.status == "occurred"
    assert event.place is not None and event.place.country == host
    assert event.date is not None and event.date.start == day


def test_a_framed_document_with_no_occasion_is_none(extract):
    assert agreements(extract("Following the talks, the ministers signed a memorandum on tourism.")) == []
