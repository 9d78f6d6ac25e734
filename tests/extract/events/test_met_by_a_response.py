"""A passive 'meet' whose agent is a response is no meeting (events/non_engagements.py).

"The attempt was met by military intervention from Turkey" and "the plan was met by protests from A
and B" tell how a deed was answered; the states named with the response held no talks.
"""

from __future__ import annotations

import pytest

from dateline.record import Record

PUBLISHED = "2026-11-20"


def talks(record: Record) -> list[tuple[str, list[str]]]:
    return [(e.kind, e.countries) for e in record.events if e.kind in {"meeting", "multilateral"}]


@pytest.mark.parametrize("text", [
    "In 1974, a Greek attempt to seize the island was met by military intervention from Turkey.",
    "The Serbian plan was met by protests from Albania and Kosovo.",
])
def test_met_by_a_response_is_no_meeting(extract, text):
    assert talks(extract(text)) == []


def test_met_by_an_official_is_still_a_meeting(extract):
    record = extract("Kenyan Foreign Minister Musalia Mudavadi was met by Ethiopian Prime Minister Abiy Ahmed "
                     "in Addis Ababa on Monday for talks on the border.")
    assert any(k == "meeting" and c == ["ETH", "KEN"] for k, c in talks(record))
