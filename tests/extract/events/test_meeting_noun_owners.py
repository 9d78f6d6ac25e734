"""The kind a 'meeting' noun takes from the words before it (events/cues.py ``noun_kind``, ``_igo_named``).

"the ASEAN summit meetings" are the summit's sittings, a gathering, not talks; "Russia's emergency United
Nations Security Council meeting" is a sitting of the organisation's body: the state that asked for it
(the possessor) does not make it a bilateral body's meeting. A summit meeting of two named leaders stays
their talks.
"""

from __future__ import annotations

import pytest

from dateline.record import Record


def kinds(record: Record) -> list[str]:
    return sorted(e.kind for e in record.events)


@pytest.mark.parametrize("text", [
    "Malaysia, this year's host of the ASEAN summit meetings, said the signing showed political will.",
    "Delegates arrived in Addis Ababa on Sunday ahead of the African Union summit meetings.",
])
def test_summit_meetings_are_a_gathering(extract, text):
    assert "gathering" in kinds(extract(text)) and "meeting" not in kinds(extract(text))


@pytest.mark.parametrize("text", [
    "In response to Russia's emergency United Nations Security Council meeting, the American envoy called "
    "the meeting a stunt.",
    "France's urgent UN Security Council meeting on the strikes was held in New York on Friday.",
])
def test_an_organisation_body_meeting_asked_for_by_a_state_is_multilateral(extract, text):
    assert "multilateral" in kinds(extract(text)) and "meeting" not in kinds(extract(text))


def test_a_two_leader_summit_meeting_stays_their_talks(extract):
    text = ("Chinese President Xi Jinping and U.S. President Joe Biden held a summit meeting in Woodside, "
            "California on Wednesday.")
    assert "meeting" in kinds(extract(text))
