"""One official's counterparts from several states are met one each (events/one_each.counterparts_each).

"met his counterparts from A, B and C" tells a meeting with each state's peer; a sitting named in the
singular ("a meeting with his counterparts from ...") and two sides meeting "their counterparts" stay
one multilateral meeting.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-14"


def sides(record, kind):
    return sorted(tuple(e.countries) for e in record.events if e.kind == kind)


@pytest.mark.parametrize(("text", "pairs"), [
    ("Australian Foreign Minister Penny Wong met her counterparts from Indonesia, Malaysia and Vietnam "
     "on Wednesday to discuss fishing rights.", [("AUS", "IDN"), ("AUS", "MYS"), ("AUS", "VNM")]),
    ("Kenyan President William Ruto will meet with his counterparts from Uganda and Tanzania later this "
     "month.", [("KEN", "TZA"), ("KEN", "UGA")]),
])
def test_his_counterparts_from_several_states_are_one_meeting_each(extract, text, pairs):
    record = extract(text)
    assert sides(record, "meeting") == pairs
    assert sides(record, "multilateral") == []


@pytest.mark.parametrize("text", [
    "Russian Foreign Minister Sergei Lavrov chaired a meeting with his counterparts from Kazakhstan, "
    "Kyrgyzstan and Tajikistan in Dushanbe on Friday.",
    "The foreign ministers of India and Brazil met their counterparts from Japan and Germany on Monday.",
])
def test_one_sitting_with_counterparts_stays_one_meeting(extract, text):
    record = extract(text)
    assert len([e for e in record.events if e.kind == "multilateral"]) == 1
    assert sides(record, "meeting") == []
