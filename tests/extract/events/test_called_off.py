"""An engagement announced, then called off by a later back-reference, is no event (issue 14;
events/called_off.py): "X was due to visit Athens, but the visit was called off", "had planned to
hold talks with Y, but the meeting has been called off". Moved to a later day, or told again
for another reason, it stays.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Turkish Foreign Minister Hakan Fidan was due to visit Athens on Thursday, but the visit was called off "
    "on Wednesday because of the storm.",
    "Japanese Prime Minister Shigeru Ishiba had planned to hold talks with Philippine President Ferdinand "
    "Marcos in Manila next week, but the meeting has been called off, officials said.",
    "Indian Prime Minister Narendra Modi was scheduled to travel to Dhaka on Saturday for talks with "
    "Bangladeshi leaders, but the trip was scrapped at the last minute.",
])
def test_an_engagement_called_off_is_none(extract, text):
    found = [(e.kind, e.countries) for e in extract(text).events if e.kind in {"visit", "meeting"}]
    assert found == []


@pytest.mark.parametrize("text", [
    "Turkish Foreign Minister Hakan Fidan will visit Athens next week. The visit was postponed until "
    "Thursday because of the storm.",
    "Turkish Foreign Minister Hakan Fidan was due to visit Athens on Thursday. The visit was postponed "
    "because of the storm.",
    "Turkish Foreign Minister Hakan Fidan will visit Athens on Thursday. The visit is expected to focus on "
    "migration and energy.",
])
def test_an_engagement_moved_or_told_again_stays(extract, text):
    assert ["GRC", "TUR"] in [e.countries for e in extract(text).events if e.kind == "visit"]


def test_only_the_nearest_engagement_is_called_off(extract):
    text = ("Israeli Prime Minister Benjamin Netanyahu and Palestinian President Mahmoud Abbas spoke by telephone on "
            "Sunday and agreed to meet in the coming weeks. The two leaders were to have met on Sunday, but the "
            "meeting was cancelled after a surge in violence.")
    assert ["ISR", "PSE"] in [e.countries for e in extract(text).events if e.kind == "meeting"]


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto called off his visit to Uganda, his office said on Monday.",
    "The summit of the two leaders, planned for May in Geneva, was called off after the ceasefire collapsed.",
])
def test_a_phrasal_calling_off_cancels(extract, text):
    assert [e.kind for e in extract(text).events if e.kind in {"visit", "meeting"}] == []
